#include "LeadsSection.h"

#include "LeadDetailPane.h"
#include "LeadEditor.h"
#include "LeadFilterBar.h"
#include "LeadListPresentation.h"
#include "LeadQuickAdd.h"
#include "LeadWorkflow.h"
#include "activities/LogActions.h"
#include "models/LeadListModel.h"
#include "store/Database.h"
#include "store/LeadRepository.h"
#include "store/StoreEvents.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordTable.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kUndoBannerMs = 15000;
constexpr int kSavedBannerMs = 2500;
const QString kSettingsGroup = u"leads"_s;
} // namespace

LeadsSection::LeadsSection(AppContext& context, QWidget* parent)
    : WorkspaceSection(parent)
    , m_context(context)
    , m_model(new LeadListModel(context.db, this))
    , m_toolBar(new QToolBar(this))
    , m_banner(new MessageBanner(this))
    , m_quickAdd(new LeadQuickAdd(context.db, this))
    , m_filterBar(new LeadFilterBar(context.db, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QTableView(this))
    , m_emptyLabel(new QLabel(this)) {
    setObjectName(u"leadsSection"_s);
    m_toolBar->setObjectName(u"sectionToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_emptyLabel->setObjectName(u"emptyStateLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_model->setFilter(m_filterBar->filter());
    createList();
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_emptyLabel);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_listStack, 1);
    m_splitter->setObjectName(u"sectionSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(createDetailPane());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_quickAdd);
    layout->addWidget(m_splitter, 1);
    m_banner->floatOver(m_listStack);
    createActions();

    connect(m_filterBar, &LeadFilterBar::filterChanged, m_model, &LeadListModel::setFilter);
    connect(m_model, &LeadListModel::totalCountChanged, this, &LeadsSection::statusChanged);
    connect(m_model, &LeadListModel::totalCountChanged, this, &LeadsSection::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectQuietly(m_currentId);
        updateEmptyState();
    });
    connect(m_model, &LeadListModel::loadFailed, this,
            [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Type::Error); });
    connect(m_quickAdd, &LeadQuickAdd::added, this, [this](const Lead& lead) {
        m_banner->showMessage(tr("“%1” added.").arg(lead.displayName()), MessageBanner::Type::Positive, kSavedBannerMs);
        if (!m_editor->isDirty())
            openRecord(lead.id);
    });
    connect(m_quickAdd, &LeadQuickAdd::failed, this,
            [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Type::Error); });
    connect(context.db.events(), &StoreEvents::tableReset, this, [this](const QString& table) {
        if (table == u"users")
            m_filterBar->reloadOwners();
        if (table == u"leads")
            m_filterBar->reloadSources();
    });

    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (!m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray()))
        m_splitter->setSizes({720, 420});
    m_list->horizontalHeader()->restoreState(settings.value(u"header"_s).toByteArray());
    RecordTable::setUp(m_list, LeadListModel::Name, kSettingsGroup); // after the restored header: fitted anew
    showBlank();
    updateEmptyState();
    // Open on the first lead rather than an empty form: the list is what the user came for.
    if (const QString first = m_model->idAt(0); !first.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this, first] {
                if (m_currentId.isEmpty() && !m_editor->isDirty())
                    openRecord(first);
            },
            Qt::QueuedConnection);
}

LeadsSection::~LeadsSection() {
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"header"_s, m_list->horizontalHeader()->saveState());
}

QWidget* LeadsSection::createDetailPane() {
    m_detail = new LeadDetailPane(m_context, this);
    m_editor = m_detail->editor();
    connect(m_detail, &LeadDetailPane::recordRequested, this, &LeadsSection::recordRequested);
    connect(m_detail, &LeadDetailPane::message, m_banner,
            [this](const QString& text, MessageBanner::Type type) { m_banner->showMessage(text, type, 4000); });
    connect(m_detail, &LeadDetailPane::undoOffered, this, &LeadsSection::offerUndo);
    return m_detail;
}

void LeadsSection::createList() {
    auto* presentation = new LeadListPresentation(m_list);
    presentation->setSourceModel(m_model);
    m_list->setObjectName(u"leadList"_s);
    m_list->setModel(presentation);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView* header = m_list->horizontalHeader();
    header->setDefaultSectionSize(120);
    header->setSortIndicator(LeadListModel::Name, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeadsSection::updateActions);
}

QAction* LeadsSection::addAction(const QString& text, const QString& icon, const QKeySequence& shortcut,
                                 const QString& objectName, bool inToolBar) {
    auto* action = new QAction(Icons::get(icon), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    if (inToolBar)
        m_toolBar->addAction(action);
    m_actions.append(action);
    return action;
}

void LeadsSection::createActions() {
    connect(addAction(tr("&New"), u"document-new"_s, QKeySequence::New, u"newAction"_s), &QAction::triggered, this,
            &LeadsSection::newLead);
    connect(addAction(tr("&Save"), u"document-save"_s, QKeySequence::Save, u"saveAction"_s), &QAction::triggered, this,
            &LeadsSection::save);
    QAction* remove = addAction(tr("&Delete"), u"edit-delete"_s, QKeySequence::Delete, u"deleteAction"_s);
    remove->setShortcutContext(Qt::WidgetShortcut); // Delete in a text field deletes text, not the lead
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, &LeadsSection::deleteSelected);
    m_toolBar->addSeparator();
    connect(addAction(tr("&Qualify"), u"emblem-ok-symbolic"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                      u"qualifyAction"_s),
            &QAction::triggered, this, &LeadsSection::qualifySelected);
    connect(addAction(tr("&Disqualify…"), u"action-unavailable-symbolic"_s,
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), u"disqualifyAction"_s),
            &QAction::triggered, this, &LeadsSection::disqualifySelected);
    connect(addAction(tr("&Convert…"), u"emblem-shared-symbolic"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                      u"convertAction"_s),
            &QAction::triggered, this, &LeadsSection::convertCurrent);
    m_toolBar->addSeparator();
    connect(addAction(tr("&Assign…"), u"system-users"_s, {}, u"assignAction"_s), &QAction::triggered, this,
            &LeadsSection::assignSelected);
    connect(addAction(tr("Assign &round-robin…"), u"view-refresh"_s, {}, u"roundRobinAction"_s), &QAction::triggered,
            this, &LeadsSection::assignRoundRobin);
    m_toolBar->addSeparator();
    for (const LogActions::Spec& spec : LogActions::specs()) {
        // Only the call on the toolbar: the others are in the Record menu and on the Activities tab.
        QAction* log = addAction(spec.text, spec.icon, spec.shortcut, spec.objectName, spec.kind == ActivityKind::Call);
        connect(log, &QAction::triggered, this, [this, kind = spec.kind] { m_detail->startLog(kind); });
    }
    QAction* quickAdd =
        addAction(tr("&Quick add"), u"list-add"_s, LeadQuickAdd::shortcut(), u"quickAddAction"_s, false);
    connect(quickAdd, &QAction::triggered, m_quickAdd, &LeadQuickAdd::focusName);
    connect(addAction(tr("&Find"), u"edit-find"_s, QKeySequence::Find, u"findAction"_s, false), &QAction::triggered,
            m_filterBar, &LeadFilterBar::focusSearch);
    updateActions();
}

QString LeadsSection::statusText() const {
    return tr("%n lead(s)", "", m_model->totalCount());
}

QStringList LeadsSection::selectedIds() const {
    QStringList ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    if (ids.isEmpty() && !m_currentId.isEmpty())
        ids.append(m_currentId);
    return ids;
}

void LeadsSection::updateActions() {
    const QStringList ids = selectedIds();
    // A converted lead is final: of the actions only Delete applies to it alone.
    const bool onlyConverted = ids == QStringList{m_currentId} && m_currentStatus == LeadStatus::Converted;
    const bool changeable = !ids.isEmpty() && !onlyConverted;
    for (QAction* action : std::as_const(m_actions)) {
        const QString name = action->objectName();
        if (name == u"deleteAction")
            action->setEnabled(!ids.isEmpty());
        else if (name == u"qualifyAction" || name == u"disqualifyAction" || name == u"assignAction" ||
                 name == u"roundRobinAction")
            action->setEnabled(changeable);
        else if (name == u"convertAction")
            action->setEnabled(!m_currentId.isEmpty() && isOpenLeadStatus(m_currentStatus));
    }
}

void LeadsSection::updateEmptyState() {
    const bool empty = m_model->rowCount() == 0 && !m_model->canFetchMore({});
    m_emptyLabel->setText(m_filterBar->isFiltering()
                              ? tr("No leads match the filter.")
                              : tr("No open leads. Type a name in Quick add above (%1), press Ctrl+N for the "
                                   "full form, or import a CSV file of leads (File → Import).")
                                    .arg(LeadQuickAdd::shortcut().toString(QKeySequence::NativeText)));
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel) : m_list);
}

void LeadsSection::selectQuietly(const QString& id) {
    ++m_quiet;
    const int row = id.isEmpty() ? -1 : m_model->ensureLoaded(id);
    if (row < 0) {
        m_list->selectionModel()->clear();
    } else {
        const QModelIndex index = m_list->model()->index(row, 0);
        m_list->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_list->scrollTo(index);
    }
    --m_quiet;
    updateActions();
}

void LeadsSection::onCurrentChanged(const QModelIndex& current) {
    if (m_quiet > 0 || !current.isValid())
        return;
    const QString id = m_model->idAt(current.row());
    if (id == m_currentId)
        return;
    if (!confirmLeave()) {
        selectQuietly(m_currentId);
        return;
    }
    m_banner->hideMessage();
    showLead(id);
}

void LeadsSection::showLead(const QString& id) {
    auto lead = LeadRepository(m_context.db).get(id);
    if (!lead || lead->deleted) {
        m_banner->showMessage(lead ? tr("The lead no longer exists.") : lead.error().message,
                              MessageBanner::Type::Error);
        return;
    }
    m_currentId = id;
    m_currentStatus = lead->status;
    m_detail->showLead(*lead);
    updateActions();
}

void LeadsSection::openRecord(const QString& id) {
    if (id == m_currentId && !id.isEmpty()) {
        selectQuietly(id);
        return;
    }
    if (!confirmLeave())
        return;
    if (m_model->ensureLoaded(id) < 0 && m_filterBar->isFiltering()) {
        ++m_quiet;
        m_filterBar->clear();
        --m_quiet;
    }
    showLead(id);
    selectQuietly(id);
}

void LeadsSection::newLead() {
    if (!confirmLeave())
        return;
    showBlank();
    m_detail->startNewLead();
}

void LeadsSection::showBlank() {
    m_currentId.clear();
    selectQuietly({});
    Lead blank;
    blank.ownerId = m_context.db.localUserId();
    m_detail->showLead(blank);
    updateActions();
}

void LeadsSection::save() {
    m_banner->hideMessage();
    auto saved = LeadRepository(m_context.db).save(m_editor->lead());
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Type::Error);
        return;
    }
    m_filterBar->reloadSources();
    m_editor->reloadSources();
    showLead(saved->id);
    selectQuietly(saved->id);
    m_banner->showMessage(tr("Saved."), MessageBanner::Type::Positive, kSavedBannerMs);
}

bool LeadsSection::confirmLeave() {
    if (!m_editor->isDirty())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("This lead has unsaved changes. Save them before leaving?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        if (m_currentId.isEmpty())
            showBlank();
        else
            showLead(m_currentId);
        return true;
    }
    if (answer != QMessageBox::Save)
        return false;
    save();
    return !m_editor->isDirty();
}

void LeadsSection::refreshCurrentRecord() {
    if (!m_currentId.isEmpty() && !m_editor->isDirty())
        showLead(m_currentId);
}

void LeadsSection::deleteSelected() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList removed;
    if (auto result = removeLeads(ids, &removed); !result)
        m_banner->showMessage(result.error().message, MessageBanner::Type::Error);
    if (removed.isEmpty())
        return;
    Database* db = &m_context.db;
    QPointer<LeadsSection> self(this);
    const QString text = tr("%n lead(s) deleted.", "", int(removed.size()));
    const int token = m_context.undo.push(
        text,
        [db, removed]() -> Result<void> {
            for (const QString& id : removed)
                if (auto r = LeadRepository(*db).restore(id); !r)
                    return r;
            return {};
        },
        [self, removed]() -> Result<void> {
            if (!self)
                return fail(ErrorCode::NotFound, tr("The section was closed."));
            QStringList again;
            return self->removeLeads(removed, &again);
        });
    offerUndo(text, token);
}

Result<void> LeadsSection::removeLeads(const QStringList& ids, QStringList* removed) {
    LeadRepository leads(m_context.db);
    Result<void> result;
    for (const QString& id : ids) {
        result = leads.remove(id);
        if (!result)
            break;
        removed->append(id);
    }
    if (removed->contains(m_currentId)) {
        const QString next = m_model->idAt(std::max(0, m_list->currentIndex().row()));
        if (next.isEmpty()) {
            showBlank();
        } else {
            showLead(next);
            selectQuietly(next);
        }
    }
    return result;
}

void LeadsSection::runWorkflow(const std::function<void(LeadWorkflow&, const QStringList&)>& step) {
    if (!confirmLeave())
        return;
    m_banner->hideMessage();
    LeadWorkflow workflow(m_context.db, this);
    // A lead that leaves the list (disqualified, converted) stays in the form, showing what became of it.
    ++m_quiet;
    step(workflow, selectedIds());
    --m_quiet;
    refreshCurrentRecord();
    if (!m_currentId.isEmpty() && m_model->rowOf(m_currentId) < 0)
        selectQuietly(m_currentId); // gone from the list: nothing stays selected
    updateActions();
}

void LeadsSection::runAndTell(std::optional<LeadWorkflow::Outcome> (LeadWorkflow::*step)(const QStringList&)) {
    runWorkflow([this, step](LeadWorkflow& w, const QStringList& ids) {
        if (const auto outcome = (w.*step)(ids))
            m_banner->showMessage(outcome->text, outcome->type, kSavedBannerMs * 2);
    });
}

void LeadsSection::qualifySelected() {
    runAndTell(&LeadWorkflow::qualify);
}

void LeadsSection::disqualifySelected() {
    runAndTell(&LeadWorkflow::disqualify);
}

void LeadsSection::assignSelected() {
    runAndTell(&LeadWorkflow::assign);
}

void LeadsSection::assignRoundRobin() {
    runAndTell(&LeadWorkflow::assignRoundRobin);
}

void LeadsSection::convertCurrent() {
    runWorkflow([this](LeadWorkflow& w, const QStringList&) {
        const auto outcome = w.convert(m_currentId);
        if (!outcome)
            return;
        if (outcome->openId.isEmpty()) {
            m_banner->showMessage(outcome->text, outcome->type);
            return;
        }
        QPointer<LeadsSection> self(this);
        const QString table = outcome->openTable;
        const QString id = outcome->openId;
        m_banner->showAction(outcome->text, outcome->type, tr("Open account"), [self, table, id] {
            if (self)
                emit self->recordRequested(table, id);
        });
    });
}

void LeadsSection::offerUndo(const QString& text, int token) {
    QPointer<LeadsSection> self(this);
    m_banner->showAction(
        text, MessageBanner::Type::Information, tr("Undo"),
        [self, token] {
            if (!self)
                return;
            if (auto result = self->m_context.undo.undo(token); !result)
                self->m_banner->showMessage(result.error().message, MessageBanner::Type::Error);
        },
        kUndoBannerMs);
}

} // namespace Fieldbook
