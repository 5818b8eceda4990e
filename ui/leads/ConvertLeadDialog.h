#pragma once

#include "workflows/LeadConversion.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;

namespace Fieldbook {

class Database;
class LeadMatchChoice;
class MessageBanner;

/// Converts one lead: shows the existing account and contact it matches, lets the user use them
/// or create new ones, and asks for the opportunity's name, amount and close date. Convert runs
/// the conversion; a refusal is explained in the dialog, which stays open.
class ConvertLeadDialog final : public QDialog {
    Q_OBJECT
public:
    ConvertLeadDialog(Database& db, const LeadConversionPlan& plan, QWidget* parent = nullptr);

    /// What the form says; nullopt (and `problem` set) when the amount cannot be read.
    std::optional<LeadConversionChoices> choices(QString* problem) const;
    /// Converts; closes the dialog when the store accepted it.
    void convert();
    /// What the conversion made (after accept()).
    const LeadConversionResult& result() const { return m_result; }

private:
    QGroupBox* opportunityGroup(const LeadConversionChoices& proposed);

    Database& m_db;
    LeadConversionPlan m_plan;
    LeadConversionResult m_result;
    MessageBanner* m_banner;
    LeadMatchChoice* m_account;
    LeadMatchChoice* m_contact;
    QGroupBox* m_opportunity = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_currency = nullptr;
    QDateEdit* m_closeDate = nullptr;
};

} // namespace Fieldbook
