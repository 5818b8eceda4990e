#pragma once

#include "ImportRowWriter.h"
#include "store/records/CatalogRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace Fieldbook {

/// Imports product rows into the catalogue. A row updates the live product with its external id,
/// else the one with its SKU, else creates one. With `unit_price` (in `currency`, default the
/// reporting currency, as for opportunities), the price is set in the price list named by `price_list` (default: the
/// active list of that currency that quotes use, else a new "List prices <currency>") from `min_quantity` up, so
/// several rows of one SKU with different minimum quantities are quantity breaks.
class ProductImportWriter final : public ImportRowWriter {
    Q_DECLARE_TR_FUNCTIONS(ProductImportWriter)

public:
    explicit ProductImportWriter(Database& db);
    [[nodiscard]] Result<RowResult> write(const ImportRow& row, bool mayDefer) override;

private:
    /// The price a row sets, checked before anything of the row is written.
    struct RowPrice {
        qint64 unitPrice = 0;
        Decimal4 minQuantity;
        QString currency; ///< empty: the row sets no price
        QString listId;
    };
    /// The live product with `externalId`, else the one with `sku`.
    [[nodiscard]] Result<std::optional<Product>> find(const QString& externalId, const QString& sku);
    /// Sets the product's fields from the row: a reason to reject it, or empty.
    QString applyFields(const ImportRow& row, Product& p, bool existed);
    /// Reads the row's unit price, currency and minimum quantity into `price`: a reason to reject it, or empty.
    QString checkPrice(const ImportRow& row, RowPrice& price);
    /// The price list the row's price goes to (found or made).
    [[nodiscard]] Result<QString> listFor(const ImportRow& row, const QString& currency);
    [[nodiscard]] Result<QString> priceList(const QString& name, const QString& currency);
    Database& m_db;
    CatalogRepository m_catalog;
    QString m_reportingCurrency;       ///< read when a row first needs it
    QHash<QString, PriceList> m_lists; ///< by name, as found or created in this import
};

} // namespace Fieldbook
