#include "TimelinePane.h"

#include "ActivityDelegate.h"
#include "ActivityText.h"
#include "QuickLogForm.h"

#include "models/ActivityTimelineModel.h"
#include "store/records/ActivityRepository.h"
#include "store/db/Database.h"
#include "widgets/Icons.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
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
    , m_delete(new QToolButton(this))
    , m_form(new QuickLogForm(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this)) {
    setObjectName(u"timelinePane"_s);
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
    m_delete->setObjectName(u"deleteActivityButton"_s);
    m_delete->setIcon(Icons::get(u"edit-delete"_s, QStyle::SP_TrashIcon));
    m_delete->setToolTip(tr("Delete the selected activity (Del)"));
    buttons->addWidget(m_delete);

    m_form->hide();
    m_list->setObjectName(u"timeline"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ActivityDelegate(m_list));
    m_list->setAlternatingRowColors(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_form);
    layout->addWidget(m_listStack, 1);

    connect(m_form, &QuickLogForm::submitted, this, &TimelinePane::save);
    connect(m_form, &QuickLogForm::cancelled, this, [this] {
        m_form->hide();
        m_list->setFocus(Qt::OtherFocusReason);
    });
    connect(m_delete, &QToolButton::clicked, this, &TimelinePane::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &TimelinePane::deleteSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::updateState);
    connect(m_model, &ActivityTimelineModel::loadFailed, this,
            [this](const QString& text) { emit message(text, MessageBanner::Type::Error); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TimelinePane::updateState);
    updateState();
}

void TimelinePane::setRecord(const QString& id, TimelineOf of, const QString& accountId) {
    m_recordId = id;
    m_of = of;
    m_accountId = of == TimelineOf::Account ? id : accountId;
    m_form->hide();
    m_model->setRecord(id, of);
    updateState();
}

void TimelinePane::startLog(ActivityKind kind) {
    if (m_recordId.isEmpty()) {
        emit message(tr("Save the record first, then log activities for it."), MessageBanner::Type::Information);
        return;
    }
    m_form->start(kind);
}

void TimelinePane::save(const Activity& entered) {
    Activity activity = entered;
    activity.contactId = m_of == TimelineOf::Contact ? m_recordId : QString();
    activity.leadId = m_of == TimelineOf::Lead ? m_recordId : QString();
    activity.accountId = m_accountId;
    activity.ownerId = m_context.db.localUserId();
    auto saved = ActivityRepository(m_context.db).save(activity);
    if (!saved) {
        emit message(saved.error().message, MessageBanner::Type::Error);
        return;
    }
    m_form->hide();
    emit message(tr("%1 logged.").arg(activityKindLabel(saved->kind)), MessageBanner::Type::Positive);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->activityAt(row).id == saved->id) {
            m_list->setCurrentIndex(m_model->index(row));
            break;
        }
    }
}

void TimelinePane::deleteSelected() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(ActivityTimelineModel::IdRole).toString();
    Database& db = m_context.db;
    if (auto removed = ActivityRepository(db).remove(id); !removed) {
        emit message(removed.error().message, MessageBanner::Type::Error);
        return;
    }
    const QString text = tr("Activity deleted.");
    const int token = m_context.undo.push(
        text, [&db, id] { return ActivityRepository(db).restore(id); },
        [&db, id] { return ActivityRepository(db).remove(id); });
    emit undoOffered(text, token);
}

void TimelinePane::updateState() {
    for (QToolButton* button : std::as_const(m_logButtons))
        button->setEnabled(!m_recordId.isEmpty());
    m_delete->setEnabled(m_list->currentIndex().isValid());
    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(m_recordId.isEmpty() ? tr("Activities appear here once the record is saved.")
                                          : tr("No activities yet. Log a call with Ctrl+L."));
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_list);
}

} // namespace Fieldbook
