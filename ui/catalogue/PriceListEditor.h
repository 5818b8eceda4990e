#pragma once

#include "domain/Quote.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Fieldbook {

class Database;
class MessageBanner;

/// Adds a price list (name, currency, active) or renames and (de)activates one. A list's currency
/// is fixed once it exists: its prices are amounts in that currency.
class PriceListEditor final : public QDialog {
    Q_OBJECT
public:
    /// `list` with an empty id is a new one.
    PriceListEditor(Database& db, const PriceList& list, QWidget* parent = nullptr);

    /// Saves what the form says and closes; false (the reason shown, the form kept) when refused.
    bool save();
    QString problem() const;

signals:
    void priceListSaved(const QString& priceListId);

private:
    Database& m_db;
    PriceList m_list;
    MessageBanner* m_banner;
    QLineEdit* m_name;
    QComboBox* m_currency;
    QCheckBox* m_active;
};

} // namespace Fieldbook
