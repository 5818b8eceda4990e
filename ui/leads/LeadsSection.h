#pragma once

#include "LeadWorkflow.h"

#include "AppContext.h"
#include "common/Error.h"
#include "common/WorkspaceSection.h"
#include "domain/Lead.h"

#include <functional>

class QLabel;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace Fieldbook {

class LeadDetailPane;
class LeadEditor;
class LeadFilterBar;
class LeadListModel;
class LeadQuickAdd;
class MessageBanner;

/// The Leads section: quick add, the list with search and filters, the lead's form and activities,
/// and the lead actions (qualify, disqualify, convert, assign by hand or round-robin, log a call)
/// for the selected leads.
class LeadsSection final : public WorkspaceSection {
    Q_OBJECT
public:
    explicit LeadsSection(AppContext& context, QWidget* parent = nullptr);
    ~LeadsSection() override;

    QList<QAction*> recordActions() const override { return m_actions; }
    QString statusText() const override;
    MessageBanner* banner() const override { return m_banner; }
    /// Asks Save/Discard/Cancel when the form has unsaved edits; false means stay.
    bool confirmLeave() override;
    void refreshCurrentRecord() override;

    LeadListModel* model() const { return m_model; }
    QTableView* list() const { return m_list; }
    LeadFilterBar* filterBar() const { return m_filterBar; }
    LeadQuickAdd* quickAdd() const { return m_quickAdd; }
    LeadEditor* editor() const { return m_editor; }
    LeadDetailPane* detail() const { return m_detail; }
    QString currentId() const { return m_currentId; }
    /// The selected leads, or the open one when none is selected.
    QStringList selectedIds() const;

    /// Shows the lead, clearing the filter if it hides it; asks first when edits are unsaved.
    void openRecord(const QString& id);
    void newLead();
    void save();
    void deleteSelected();
    void qualifySelected();
    void disqualifySelected();
    void convertCurrent();
    void assignSelected();
    void assignRoundRobin();

signals:
    /// The user asked to open a record elsewhere ("accounts" or "contacts").
    void recordRequested(const QString& table, const QString& id);

private:
    QWidget* createDetailPane();
    void createList();
    void createActions();
    QAction* addAction(const QString& text, const QString& icon, const QKeySequence& shortcut,
                       const QString& objectName, bool inToolBar = true);
    void onCurrentChanged(const QModelIndex& current);
    void showLead(const QString& id);
    /// An empty form for a new lead, without asking or moving the focus.
    void showBlank();
    void selectQuietly(const QString& id);
    void updateEmptyState();
    void updateActions();
    /// Runs a workflow step for the selection after unsaved edits were dealt with.
    void runWorkflow(const std::function<void(LeadWorkflow&, const QStringList&)>& step);
    /// Runs one LeadWorkflow step for the selection and tells its outcome in the banner.
    void runAndTell(std::optional<LeadWorkflow::Outcome> (LeadWorkflow::*step)(const QStringList&));
    void offerUndo(const QString& text, int token);
    /// Deletes the leads, stopping at the first refusal; `removed` gets those deleted. When the
    /// open lead is among them, the next one opens.
    [[nodiscard]] Result<void> removeLeads(const QStringList& ids, QStringList* removed);

    AppContext& m_context;
    LeadListModel* m_model;
    QToolBar* m_toolBar;
    MessageBanner* m_banner;
    LeadQuickAdd* m_quickAdd;
    LeadFilterBar* m_filterBar;
    QSplitter* m_splitter;
    QStackedWidget* m_listStack;
    QTableView* m_list;
    QLabel* m_emptyLabel;
    LeadDetailPane* m_detail = nullptr;
    LeadEditor* m_editor = nullptr;
    QList<QAction*> m_actions;
    QString m_currentId;
    LeadStatus m_currentStatus = LeadStatus::New;
    int m_quiet = 0;
};

} // namespace Fieldbook
