#pragma once

#include "domain/Quote.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Fieldbook {

class Database;

/// Prices of the catalogue as a table: either one product's prices in every live price list (by
/// list name, then minimum quantity) or every price of one list (by product, then minimum
/// quantity; prices of removed products are left out). Several rows of one product and list are
/// quantity breaks. Reloads when products, price lists or prices change. Quantities and amounts
/// are shown in the model's locale, amounts with the decimals of their list's currency.
class PriceEntryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ListName, Sku, ProductName, Currency, MinQuantity, UnitPrice, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the entry's id
        SortRole,                  ///< text columns as text, quantity and price as integers
        SearchRole,                ///< the product's SKU and name and the list's name (any column)
    };

    /// One price with what the table shows of its list and product.
    struct Row {
        PriceListEntry entry;
        QString listName;
        QString currency;
        bool listActive = true;
        QString sku;
        QString productName;
        bool productActive = true;
    };

    PriceEntryModel(Database& db, const QLocale& locale, QObject* parent = nullptr);

    /// Shows `productId`'s prices in every list (nothing when empty).
    void showProduct(const QString& productId);
    /// Shows every price of the list `priceListId` (nothing when empty).
    void showPriceList(const QString& priceListId);
    QString productId() const { return m_productId; }
    QString priceListId() const { return m_priceListId; }
    /// Loads again; false and loadFailed() on an error.
    bool reload();
    const Row* row(int row) const;
    int rowOf(const QString& entryId) const;
    /// "1,249.00" for minor units of `currency` in the model's locale.
    QString money(qint64 minorUnits, const QString& currency) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    Result<QList<Row>> load() const;

    Database& m_db;
    QLocale m_locale;
    QString m_productId;
    QString m_priceListId;
    QString m_listCurrency; ///< the shown list's currency (list mode)
    QList<Row> m_rows;
};

} // namespace Fieldbook
