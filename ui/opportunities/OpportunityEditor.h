#pragma once

#include "domain/Opportunity.h"
#include "domain/Pipeline.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Fieldbook {

class AccountPicker;
class MoneyField;
class Database;
class OwnerCombo;

/// The form of one opportunity. The amount is typed in major units and kept in minor units;
/// choosing a stage proposes its probability and forecast category, and Won or Lost today as the
/// close date, as the store would. With more
/// than one pipeline, a pipeline is chosen first and the stage among its stages.
class OpportunityEditor final : public QWidget {
    Q_OBJECT
public:
    explicit OpportunityEditor(Database& db, QWidget* parent = nullptr);

    void setOpportunity(const Opportunity& opportunity, const QString& accountName);
    /// The loaded opportunity with the form's values; nullopt (and `problem` set) when the amount,
    /// the currency or the account cannot be read.
    std::optional<Opportunity> opportunity(QString* problem) const;
    bool isDirty() const { return m_dirty; }
    const QString& opportunityId() const { return m_loaded.id; }
    /// With product lines the amount is their total: shown, read-only, and the currency fixed (the
    /// lines' prices are in it). Without, both are typed again.
    void setAmountFromLines(bool fromLines, qint64 amount);
    void focusFirstField();

signals:
    void dirtyChanged(bool dirty);

private:
    void setUpFields();
    /// The form in a scroll area.
    void placeFields();
    void connectFields();
    QLineEdit* lineEdit(const QString& objectName);
    void markDirty();
    void reloadContacts(const QString& selectedId);
    void onStageChanged();
    void onPipelineChanged();
    /// The close date a move to `stage` brings, unless the user picked one.
    void proposeCloseDate(const PipelineStage& stage);
    /// Fills the stage combo with the stages of the chosen pipeline, `selected` current if it has it.
    void fillStages(const QString& selected);
    /// The pipeline chosen in the combo.
    const Pipeline& pipeline() const;

    Database& m_db;
    QList<Pipeline> m_pipelines;
    Opportunity m_loaded;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_closeDateEdited = false;
    QLineEdit* m_name;
    AccountPicker* m_account;
    QComboBox* m_contact;
    MoneyField* m_amount;
    QDateEdit* m_closeDate;
    QLabel* m_pipelineLabel;
    QComboBox* m_pipeline;
    QComboBox* m_stage;
    QSpinBox* m_probability;
    QComboBox* m_category;
    QLineEdit* m_nextStep;
    QLineEdit* m_competitors;
    QLineEdit* m_reason;
    OwnerCombo* m_owner;
    QPlainTextEdit* m_notes;
};

} // namespace Fieldbook
