#pragma once

#include "common/Error.h"
#include "domain/Quote.h"

#include <optional>

namespace Fieldbook {

class Database;

/// The product catalogue and price lists: the only write path for products, price lists and their
/// prices. They belong to the organisation; only managers and admins change them (a rep's store
/// refuses at once instead of letting the server reject it at the next sync).
class CatalogRepository final {
public:
    explicit CatalogRepository(Database& db);

    [[nodiscard]] Result<Product> product(const QString& id) const;
    /// Live products by name; only active ones unless `includeInactive`.
    [[nodiscard]] Result<QList<Product>> products(bool includeInactive = false) const;
    /// The live product with this SKU (exact, case-sensitive), if any.
    [[nodiscard]] Result<std::optional<Product>> productBySku(const QString& sku) const;
    [[nodiscard]] Result<std::optional<Product>> productByExternalId(const QString& externalId) const;
    /// A name, a SKU no other live product has, a tax rate of 0–100 %.
    [[nodiscard]] Result<Product> saveProduct(Product product);
    [[nodiscard]] Result<void> removeProduct(const QString& id);

    [[nodiscard]] Result<PriceList> priceList(const QString& id) const;
    /// Live price lists by name.
    [[nodiscard]] Result<QList<PriceList>> priceLists() const;
    /// The price list new quotes and opportunity lines in `currency` take their prices from: the
    /// first active one of that currency by name; nullopt when there is none.
    [[nodiscard]] Result<std::optional<PriceList>> priceListFor(const QString& currency) const;
    /// A name and an ISO 4217 currency.
    [[nodiscard]] Result<PriceList> savePriceList(PriceList list);

    /// The live prices of a list (of one product, if given), by product then minimum quantity.
    [[nodiscard]] Result<QList<PriceListEntry>> prices(const QString& priceListId, const QString& productId = {}) const;
    /// Sets a product's unit price from a minimum quantity up in a live price list; a new entry with
    /// the same list, product and minimum quantity as another replaces it rather than doubling it,
    /// and a changed entry may not take another entry's minimum quantity.
    [[nodiscard]] Result<PriceListEntry> setPrice(PriceListEntry entry);
    [[nodiscard]] Result<void> removePrice(const QString& id);
    /// The unit price for `quantity`: the entry with the largest minimum quantity not above it.
    /// Nullopt when the list has no price for the product at that quantity.
    [[nodiscard]] Result<std::optional<qint64>> unitPrice(const QString& priceListId, const QString& productId,
                                                          Decimal4 quantity) const;

    /// Whether the local user may change the catalogue (a manager or an admin).
    [[nodiscard]] bool canEdit() const;

private:
    [[nodiscard]] Result<void> requireEditor() const;
    Database& m_db;
};

} // namespace Fieldbook
