#pragma once

#include "domain/Quote.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Fieldbook {

class CatalogRepository;
class Database;
class MessageBanner;

/// Adds or changes one price: a product's unit price in a price list from a minimum quantity up
/// (several prices with different minimum quantities are quantity breaks). The list and the
/// product given in the entry are fixed; the one left empty is chosen in the dialog. Quantities and
/// prices are typed in the user's locale; a value that is refused is explained in the dialog,
/// which keeps what was typed.
class PriceEditor final : public QDialog {
    Q_OBJECT
public:
    /// `entry` with an empty id is a new price.
    PriceEditor(Database& db, const PriceListEntry& entry, QWidget* parent = nullptr);

    /// Saves what the form says and closes; false (the reason shown, the form kept) when refused.
    bool save();
    /// The message shown after a refusal (empty when none).
    QString problem() const;

signals:
    void priceSaved(const QString& entryId);

private:
    /// The price list: chosen here when the entry has none, else shown.
    void addListRow(QFormLayout* form, const CatalogRepository& catalog);
    /// The product: chosen here when the entry has none, else shown.
    void addProductRow(QFormLayout* form, const CatalogRepository& catalog);
    /// The minimum quantity and the unit price with its currency.
    void addAmountRows(QFormLayout* form);
    QString chosenListId() const;
    QString chosenProductId() const;
    QString currency() const;
    void showCurrency();
    bool refuse(const QString& message, QWidget* field);

    Database& m_db;
    PriceListEntry m_entry;
    QList<PriceList> m_lists;
    MessageBanner* m_banner;
    QComboBox* m_list = nullptr;    ///< when the list is chosen here
    QComboBox* m_product = nullptr; ///< when the product is chosen here
    QLineEdit* m_quantity;
    QLineEdit* m_price;
    QLabel* m_currency;
};

} // namespace Fieldbook
