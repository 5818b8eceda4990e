#pragma once

#include "analytics/CommissionPlan.h"
#include "common/Error.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Fieldbook {

class Database;
class MessageBanner;

/// The commission plans (docs/forecast.md, Commission), the Dashboard's *Commission plans…*: every
/// plan in a list, and a form that sets one — a person's own plan or their team's, from a day, its
/// rate, rates of product families and an accelerator above quota. Saving a plan of the same
/// person, kind and day changes it; *Remove* deletes the one chosen. Managers and administrators
/// change plans; for a rep the dialog only shows them.
class CommissionPlansDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CommissionPlansDialog(Database& db, QWidget* parent = nullptr);

    /// Opens the dialog window-modal, deleted when closed.
    static CommissionPlansDialog* open(Database& db, QWidget* parent);

    [[nodiscard]] QTreeWidget* plans() const { return m_plans; }
    [[nodiscard]] QComboBox* personBox() const { return m_person; }
    [[nodiscard]] QCheckBox* teamBox() const { return m_team; }
    [[nodiscard]] QDateEdit* fromEdit() const { return m_from; }
    [[nodiscard]] QLineEdit* rateEdit() const { return m_rate; }
    [[nodiscard]] QLineEdit* familiesEdit() const { return m_families; }
    [[nodiscard]] QLineEdit* acceleratorEdit() const { return m_accelerator; }

    /// Sets the plan as the form says; the reason shows in the dialog when it cannot.
    Result<void> savePlan();
    /// Removes the plan chosen in the list.
    Result<void> removePlan();

private:
    QWidget* buildForm();
    void reload();
    void showPlan(int row);
    Result<void> failed(const Error& error);

    Database& m_db;
    QList<CommissionPlan> m_list;
    QTreeWidget* m_plans;
    QComboBox* m_person;
    QCheckBox* m_team;
    QDateEdit* m_from;
    QLineEdit* m_rate;
    QLineEdit* m_families;
    QLineEdit* m_accelerator;
    QPushButton* m_save;
    QPushButton* m_remove;
    MessageBanner* m_banner;
};

} // namespace Fieldbook
