#include "TimelinePane.h"

#include "ActivityDelegate.h"
#include "ActivityText.h"
#include "QuickLogForm.h"
#include "TimelineRemoval.h"

#include "calendar/DisplayZone.h"
#include "calendar/TaskEditor.h"
#include "models/ActivityTimelineModel.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/records/ActivityRepository.h"
#include "widgets/Icons.h"
#include "widgets/MessageBox.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

TimelinePane::TimelinePane(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ActivityTimelineModel(context.db, this))
    , m_logEvent(new QToolButton(this))
    , m_delete(new QToolButton(this))
    , m_form(new QuickLogForm(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this)) {
    setObjectName(u"timelinePane"_s);
    m_model->setZone(displayZone());
    m_form->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(createButtons());
    layout->addWidget(m_form);
    layout->addWidget(m_listStack, 1);
    setUpList();
    connect(m_form, &QuickLogForm::submitted, this, &TimelinePane::save);
    connect(m_form, &QuickLogForm::cancelled, this, [this] {
        m_form->hide();
        m_logging.reset();
        m_list->setFocus(Qt::OtherFocusReason);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::updateState);
    connect(m_model, &ActivityTimelineModel::loadFailed, this,
            [this](const QString& text) { emit message(text, MessageBanner::Type::Error); });
    updateState();
}

QHBoxLayout* TimelinePane::createButtons() {
    auto* buttons = new QHBoxLayout;
    const std::array<std::tuple<ActivityKind, QString, QString>, 3> kinds{{
        {ActivityKind::Call, tr("Log call"), u"logCallButton"_s},
        {ActivityKind::Meeting, tr("Log meeting"), u"logMeetingButton"_s},
        {ActivityKind::Note, tr("Add note"), u"addNoteButton"_s},
    }};
    for (const auto& [kind, text, name] : kinds) {
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setIcon(ActivityText::kindIcon(kind));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::clicked, this, [this, kind = kind] { startLog(kind); });
        buttons->addWidget(button);
        m_logButtons.append(button);
    }
    m_logButtons.first()->setToolTip(tr("Log a call (Ctrl+L)"));
    buttons->addStretch(1);
    m_logEvent->setObjectName(u"logEventButton"_s);
    m_logEvent->setText(tr("Log as activity"));
    m_logEvent->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logEvent->setIcon(Icons::get(u"document-edit"_s, QStyle::SP_DialogApplyButton));
    m_logEvent->setToolTip(tr("Log the selected meeting, visit or call as an activity, with its outcome"));
    buttons->addWidget(m_logEvent);
    m_delete->setObjectName(u"deleteActivityButton"_s);
    m_delete->setIcon(Icons::get(u"edit-delete"_s, QStyle::SP_TrashIcon));
    m_delete->setToolTip(tr("Delete the selected entry (Del)"));
    buttons->addWidget(m_delete);
    connect(m_logEvent, &QToolButton::clicked, this, &TimelinePane::logSelected);
    connect(m_delete, &QToolButton::clicked, this, &TimelinePane::deleteSelected);
    return buttons;
}

void TimelinePane::setUpList() {
    m_list->setObjectName(u"timeline"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ActivityDelegate(m_list));
    m_list->setAlternatingRowColors(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    auto* deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);
    m_empty->setObjectName(u"timelineEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);
    connect(deleteAction, &QAction::triggered, this, &TimelinePane::deleteSelected);
    connect(m_list, &QListView::activated, this, &TimelinePane::openSelected);
    connect(m_list, &QListView::customContextMenuRequested, this, &TimelinePane::showMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TimelinePane::updateState);
}

void TimelinePane::setRecord(const QString& id, TimelineOf of, const QString& accountId) {
    m_recordId = id;
    m_of = of;
    m_accountId = of == TimelineOf::Account ? id : accountId;
    m_form->hide();
    m_logging.reset();
    m_model->setRecord(id, of);
    updateState();
}

const TimelineEntry* TimelinePane::currentEntry() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? &m_model->entryAt(current.row()) : nullptr;
}

void TimelinePane::startLog(ActivityKind kind) {
    if (m_recordId.isEmpty()) {
        emit message(tr("Save the record first, then log activities for it."), MessageBanner::Type::Information);
        return;
    }
    m_logging.reset();
    m_form->start(kind);
}

void TimelinePane::logSelected() {
    const TimelineEntry* entry = currentEntry();
    if (!entry || !entry->canLog())
        return;
    const MeetingOccurrence which{entry->logEventId, entry->logOccurrence};
    auto draft = MeetingLog(m_context.db, m_model->zone()).draft(which);
    if (!draft) {
        emit message(draft.error().message, MessageBanner::Type::Error);
        return;
    }
    m_logging = which;
    m_form->startLogging(*draft, tr("Log “%1” as an activity").arg(draft->subject));
}

void TimelinePane::save(const Activity& entered) {
    if (m_logging) {
        saveLog(entered);
        return;
    }
    Activity activity = entered;
    activity.contactId = m_of == TimelineOf::Contact ? m_recordId : QString();
    activity.leadId = m_of == TimelineOf::Lead ? m_recordId : QString();
    activity.opportunityId = m_of == TimelineOf::Opportunity ? m_recordId : QString();
    activity.accountId = m_accountId;
    activity.ownerId = m_context.db.localUserId();
    auto saved = ActivityRepository(m_context.db).save(activity);
    if (!saved) {
        emit message(saved.error().message, MessageBanner::Type::Error);
        return;
    }
    m_form->hide();
    emit message(tr("%1 logged.").arg(activityKindLabel(saved->kind)), MessageBanner::Type::Positive);
    selectRow(m_model->rowOf(saved->id));
}

void TimelinePane::saveLog(const Activity& entered) {
    auto logged = MeetingLog(m_context.db, m_model->zone()).log(*m_logging, entered);
    if (!logged) {
        emit message(logged.error().message, MessageBanner::Type::Error);
        return;
    }
    m_form->hide();
    m_logging.reset();
    const QString text = tr("“%1” logged as an activity.").arg(logged->activity.subject);
    const int token = m_context.undo.push(text, logged->undo.undo, logged->undo.redo);
    emit undoOffered(text, token);
    selectRow(m_model->rowOf(logged->activity.id));
}

void TimelinePane::selectRow(int row) {
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void TimelinePane::openSelected() {
    const TimelineEntry* entry = currentEntry();
    if (!entry)
        return;
    if (entry->type == TimelineEntry::Type::Task) {
        auto* editor = new TaskEditor(m_context.db, entry->task, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->open();
    } else if (entry->type == TimelineEntry::Type::Event) {
        if (entry->state == TimelineEntry::State::Logged)
            selectRow(m_model->rowOf(entry->event.activityId));
        else
            emit recordRequested(RecordType::events().table, entry->recordId());
    }
}

void TimelinePane::deleteSelected() {
    const TimelineEntry* entry = currentEntry();
    if (!entry)
        return;
    if (entry->isSeries() &&
        MessageBox::question(this, tr("Delete series"),
                             tr("Delete “%1” with all its occurrences?").arg(entry->event.title),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    auto removed = TimelineRemover::remove(m_context.db, *entry);
    if (!removed) {
        emit message(removed.error().message, MessageBanner::Type::Error);
        return;
    }
    const int token = m_context.undo.push(removed->text, removed->undo, removed->redo);
    emit undoOffered(removed->text, token);
}

void TimelinePane::showMenu(const QPoint& position) {
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    const TimelineEntry& entry = m_model->entryAt(index.row());
    QMenu menu(this);
    if (entry.canLog()) {
        const QString day = QLocale().toString(entry.logStart.toTimeZone(m_model->zone()), QLocale::ShortFormat);
        menu.addAction(entry.isSeries() ? tr("Log the occurrence of %1 as an activity…").arg(day)
                                        : tr("Log as an activity…"),
                       this, &TimelinePane::logSelected);
    }
    if (entry.type != TimelineEntry::Type::Activity)
        menu.addAction(tr("Open"), this, &TimelinePane::openSelected);
    menu.addAction(Icons::get(u"edit-delete"_s, QStyle::SP_TrashIcon), tr("Delete"), this,
                   &TimelinePane::deleteSelected);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void TimelinePane::updateState() {
    for (QToolButton* button : std::as_const(m_logButtons))
        button->setEnabled(!m_recordId.isEmpty());
    const TimelineEntry* entry = currentEntry();
    m_delete->setEnabled(entry != nullptr);
    m_logEvent->setEnabled(entry && entry->canLog());
    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(m_recordId.isEmpty() ? tr("Activities appear here once the record is saved.")
                                          : tr("No activities yet. Log a call with Ctrl+L."));
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_list);
}

} // namespace Fieldbook
