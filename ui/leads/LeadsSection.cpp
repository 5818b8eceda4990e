#include "LeadsSection.h"

#include "LeadDetailPane.h"
#include "LeadEditor.h"
#include "LeadFilterBar.h"
#include "LeadListPresentation.h"
#include "LeadQuickAdd.h"
#include "LeadWorkflow.h"
#include "activities/LogActions.h"
#include "models/LeadListModel.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/records/LeadRepository.h"
#include "widgets/MessageBanner.h"
#include "telesales/NewCallListDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kSavedBannerMs = 2500;
} // namespace

LeadsSection::LeadsSection(AppContext& context, QWidget* parent)
    : LeadsSection(context, new LeadQuickAdd(context.db), parent) {}

LeadsSection::LeadsSection(AppContext& context, LeadQuickAdd* quickAdd, QWidget* parent)
    : RecordSectionOf(context, RecordType::leads(), new LeadListModel(context.db), new LeadFilterBar(context.db),
                      parent, Actions::Editing, quickAdd)
    , m_quickAdd(quickAdd) {
    setObjectName(u"leadsSection"_s);
    table()->setObjectName(u"leadList"_s);
    table()->horizontalHeader()->setDefaultSectionSize(120);
    setDetailPane(createDetailPane(), {720, 420});
    createActions();
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeadsSection::updateActions);
    connect(m_quickAdd, &LeadQuickAdd::added, this, [this](const Lead& lead) {
        banner()->showMessage(tr("“%1” added.").arg(lead.displayName()), MessageBanner::Type::Positive, kSavedBannerMs);
        if (!isDirty())
            openRecord(lead.id);
    });
    connect(m_quickAdd, &LeadQuickAdd::failed, this, &LeadsSection::showError);
    onStoreChange(RecordType::users(), StoreChange::Reset, [this] { filterBar()->reloadOwners(); });
    onStoreChange(RecordType::leads(), StoreChange::Reset, [this] { filterBar()->reloadSources(); });
    showBlank();
}

QWidget* LeadsSection::createDetailPane() {
    m_detail = new LeadDetailPane(m_context, this);
    m_editor = m_detail->editor();
    connect(m_detail, &LeadDetailPane::recordRequested, this, &LeadsSection::recordRequested);
    connect(m_detail, &LeadDetailPane::message, banner(),
            [this](const QString& text, MessageBanner::Type type) { banner()->showMessage(text, type, 4000); });
    connect(m_detail, &LeadDetailPane::undoOffered, this, &LeadsSection::offerUndo);
    return m_detail;
}

void LeadsSection::createActions() {
    // New, Save and Delete are the section's; the lead actions follow.
    addSeparator(Placement::ToolBarOnly);
    connect(addRecordAction(tr("&Qualify"), u"emblem-ok-symbolic"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                            u"qualifyAction"_s),
            &QAction::triggered, this, &LeadsSection::qualifySelected);
    connect(addRecordAction(tr("&Disqualify…"), u"action-unavailable-symbolic"_s,
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), u"disqualifyAction"_s),
            &QAction::triggered, this, &LeadsSection::disqualifySelected);
    connect(addRecordAction(tr("&Convert…"), u"emblem-shared-symbolic"_s,
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), u"convertAction"_s),
            &QAction::triggered, this, &LeadsSection::convertCurrent);
    addSeparator(Placement::ToolBarOnly);
    connect(addRecordAction(tr("&Assign…"), u"system-users"_s, {}, u"assignAction"_s), &QAction::triggered, this,
            &LeadsSection::assignSelected);
    connect(addRecordAction(tr("Assign &round-robin…"), u"view-refresh"_s, {}, u"roundRobinAction"_s),
            &QAction::triggered, this, &LeadsSection::assignRoundRobin);
    addSeparator(Placement::ToolBarOnly);
    for (const LogActions::Spec& spec : LogActions::specs()) {
        // Only the call on the toolbar: the others are in the Record menu and on the Activities tab.
        QAction* log =
            addRecordAction(spec.text, spec.icon, spec.shortcut, spec.objectName,
                            spec.kind == ActivityKind::Call ? Placement::ToolBarAndMenu : Placement::MenuOnly);
        connect(log, &QAction::triggered, this, [this, kind = spec.kind] { m_detail->startLog(kind); });
    }
    QAction* quickAdd = addRecordAction(tr("&Quick add"), u"list-add"_s, LeadQuickAdd::shortcut(), u"quickAddAction"_s,
                                        Placement::MenuOnly);
    connect(quickAdd, &QAction::triggered, m_quickAdd, &LeadQuickAdd::focusName);
    connect(
        addRecordAction(tr("Add to call &list…"), u"call-start"_s, {}, u"addToCallListAction"_s, Placement::MenuOnly),
        &QAction::triggered, this, [this] {
            if (const auto text =
                    NewCallListDialog::addSelection(m_context.db, CallListSource::Leads, selectedIds(), this))
                banner()->showMessage(*text, MessageBanner::Type::Positive);
        });
    addFindAction();
    updateActions();
}

QString LeadsSection::countText(int count) const {
    return tr("%n lead(s)", "", count);
}

QString LeadsSection::deletedText(int count) const {
    return tr("%n lead(s) deleted.", "", count);
}

QString LeadsSection::emptyText(bool filtering) const {
    return filtering ? tr("No leads match the filter.")
                     : tr("No open leads. Type a name in Quick add above (%1), press Ctrl+N for the "
                          "full form, or import a CSV file of leads (File → Import).")
                           .arg(LeadQuickAdd::shortcut().toString(QKeySequence::NativeText));
}

QString LeadsSection::unsavedQuestion() const {
    return tr("This lead has unsaved changes. Save them before leaving?");
}

void LeadsSection::updateActions() {
    const QStringList ids = selectedIds();
    // A converted lead is final: of the actions only Delete applies to it alone.
    const bool onlyConverted = ids == QStringList{currentId()} && m_currentStatus == LeadStatus::Converted;
    const bool changeable = !ids.isEmpty() && !onlyConverted;
    for (QAction* action : recordActions()) {
        const QString name = action->objectName();
        if (name == u"deleteAction")
            action->setEnabled(!ids.isEmpty());
        else if (name == u"qualifyAction" || name == u"disqualifyAction" || name == u"assignAction" ||
                 name == u"roundRobinAction")
            action->setEnabled(changeable);
        else if (name == u"convertAction")
            action->setEnabled(!currentId().isEmpty() && isOpenLeadStatus(m_currentStatus));
    }
}

void LeadsSection::showRecord(const QString& id) {
    if (id.isEmpty()) {
        showBlank();
        return;
    }
    auto lead = LeadRepository(m_context.db).get(id);
    if (!lead || lead->deleted) {
        showError(lead ? tr("The lead no longer exists.") : lead.error().message);
        setCurrentRecord(m_editor->lead().id); // the form still shows the lead it showed
        return;
    }
    m_currentStatus = lead->status;
    m_detail->showLead(*lead);
    updateActions();
}

void LeadsSection::startNewRecord() {
    showBlank();
    m_detail->startNewLead();
}

void LeadsSection::showBlank() {
    setCurrentRecord({});
    selectQuietly({});
    Lead blank;
    blank.ownerId = m_context.db.localUserId();
    m_detail->showLead(blank);
    updateActions();
}

bool LeadsSection::isDirty() const {
    return m_editor->isDirty();
}

std::optional<QString> LeadsSection::saveRecord() {
    auto saved = LeadRepository(m_context.db).save(m_editor->lead());
    if (!saved) {
        showError(saved.error().message);
        return std::nullopt;
    }
    filterBar()->reloadSources();
    m_editor->reloadSources();
    // Said here rather than by the section: saving before leaving the lead says it as well.
    banner()->showMessage(tr("Saved."), MessageBanner::Type::Positive, kSavedBannerMs);
    return saved->id;
}

Result<void> LeadsSection::removeRecord(const QString& id) {
    return LeadRepository(m_context.db).remove(id);
}

Result<void> LeadsSection::restoreRecord(const QString& id) {
    return LeadRepository(m_context.db).restore(id);
}

void LeadsSection::runWorkflow(const std::function<void(LeadWorkflow&, const QStringList&)>& step) {
    if (!confirmLeave())
        return;
    banner()->hideMessage();
    LeadWorkflow workflow(m_context.db, this);
    // A lead that leaves the list (disqualified, converted) stays in the form, showing what became of it.
    quietly([&] { step(workflow, selectedIds()); });
    refreshCurrentRecord();
    if (!currentId().isEmpty() && model()->rowOf(currentId()) < 0)
        selectQuietly(currentId()); // gone from the list: nothing stays selected
    updateActions();
}

void LeadsSection::runAndTell(std::optional<LeadWorkflow::Outcome> (LeadWorkflow::*step)(const QStringList&)) {
    runWorkflow([this, step](LeadWorkflow& w, const QStringList& ids) {
        if (const auto outcome = (w.*step)(ids))
            banner()->showMessage(outcome->text, outcome->type, kSavedBannerMs * 2);
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
        const auto outcome = w.convert(currentId());
        if (!outcome)
            return;
        if (outcome->openId.isEmpty()) {
            banner()->showMessage(outcome->text, outcome->type);
            return;
        }
        QPointer<LeadsSection> self(this);
        const QString table = outcome->openTable;
        const QString id = outcome->openId;
        banner()->showAction(outcome->text, outcome->type, tr("Open account"), [self, table, id] {
            if (self)
                emit self->recordRequested(table, id);
        });
    });
}

} // namespace Fieldbook
