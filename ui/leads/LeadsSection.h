#pragma once

#include "LeadWorkflow.h"

#include "common/RecordSectionOf.h"
#include "domain/Lead.h"

#include <functional>

namespace Fieldbook {

class LeadDetailPane;
class LeadEditor;
class LeadFilterBar;
class LeadListModel;
class LeadListPresentation;
class LeadQuickAdd;

/// The Leads section: quick add, the list with search and filters, the lead's form and activities,
/// and the lead actions (qualify, disqualify, convert, assign by hand or round-robin, log a call)
/// for the selected leads.
class LeadsSection final : public RecordSectionOf<LeadListModel, LeadFilterBar, LeadListPresentation> {
    Q_OBJECT
public:
    explicit LeadsSection(AppContext& context, QWidget* parent = nullptr);

    QTableView* list() const { return table(); }
    LeadQuickAdd* quickAdd() const { return m_quickAdd; }
    LeadEditor* editor() const { return m_editor; }
    LeadDetailPane* detail() const { return m_detail; }

    void qualifySelected();
    void disqualifySelected();
    void convertCurrent();
    void assignSelected();
    void assignRoundRobin();

protected:
    void showRecord(const QString& id) override;
    void startNewRecord() override;
    bool isDirty() const override;
    std::optional<QString> saveRecord() override;
    [[nodiscard]] Result<void> removeRecord(const QString& id) override;
    [[nodiscard]] Result<void> restoreRecord(const QString& id) override;
    QString deletedText(int count) const override;
    QString countText(int count) const override;
    QString emptyText(bool filtering) const override;
    QString unsavedQuestion() const override;

private:
    LeadsSection(AppContext& context, LeadQuickAdd* quickAdd, QWidget* parent);
    QWidget* createDetailPane();
    void createActions();
    /// An empty form for a new lead, without asking or moving the focus.
    void showBlank();
    void updateActions();
    /// Runs a workflow step for the selection after unsaved edits were dealt with.
    void runWorkflow(const std::function<void(LeadWorkflow&, const QStringList&)>& step);
    /// Runs one LeadWorkflow step for the selection and tells its outcome in the banner.
    void runAndTell(std::optional<LeadWorkflow::Outcome> (LeadWorkflow::*step)(const QStringList&));

    LeadQuickAdd* m_quickAdd;
    LeadDetailPane* m_detail = nullptr;
    LeadEditor* m_editor = nullptr;
    LeadStatus m_currentStatus = LeadStatus::New;
};

} // namespace Fieldbook
