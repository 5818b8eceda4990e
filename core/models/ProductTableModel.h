#pragma once

#include "domain/Quote.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Fieldbook {

class Database;

/// The catalogue's live products as a table (only active ones unless inactive are included),
/// in the order the catalogue lists them; a sorting proxy orders and filters them by SortRole and
/// SearchRole. Committed changes update the affected rows one by one. The tax rate is shown in the
/// model's locale.
class ProductTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Name, Family, Unit, TaxRate, Active, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        SortRole,                  ///< text columns as text, the tax rate as its raw Decimal4, active as bool
        SearchRole,                ///< SKU, name, family, unit and tax category in one text (any column)
    };

    ProductTableModel(Database& db, const QLocale& locale, QObject* parent = nullptr);

    bool includesInactive() const { return m_includeInactive; }
    /// Shows inactive products too (reloads).
    void setIncludeInactive(bool include);
    /// Loads the products again; false and loadFailed() on an error.
    bool reload();
    const Product* product(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    bool shows(const Product& product) const;
    void applyChange(const QString& id);
    void onRecordsChanged(const QStringList& ids);

    Database& m_db;
    QLocale m_locale;
    QList<Product> m_products;
    bool m_includeInactive = false;
};

} // namespace Fieldbook
