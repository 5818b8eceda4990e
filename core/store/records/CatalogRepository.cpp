#include "CatalogRepository.h"

#include "store/db/Database.h"
#include "OrganisationAccess.h"
#include "store/write/RecordRows.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Uuid7.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// `text` marked with QT_TRANSLATE_NOOP("CatalogRepository", ...), translated.
QString translated(const char* text) {
    return QCoreApplication::translate("CatalogRepository", text);
}

std::unexpected<Error> refuse(const char* text) {
    return fail(ErrorCode::InvalidInput, translated(text));
}

Product toProduct(const RecordRow& r) {
    Product p;
    p.id = r.id();
    p.sku = r.text(u"sku");
    p.name = r.text(u"name");
    p.family = r.text(u"family");
    p.description = r.text(u"description");
    p.unit = r.text(u"unit");
    p.active = r.flag(u"active");
    p.taxCategory = r.text(u"tax_category");
    p.taxRate = Decimal4{r.integer(u"tax_rate")};
    p.externalId = r.text(u"external_id");
    p.ownerId = r.text(u"owner_id");
    p.createdAt = r.createdAt();
    p.updatedAt = r.updatedAt();
    p.deleted = r.deleted();
    return p;
}

PriceList toPriceList(const RecordRow& r) {
    return {r.id(), r.text(u"name"), r.text(u"currency"), r.flag(u"active"), r.text(u"owner_id"), r.deleted()};
}

PriceListEntry toEntry(const RecordRow& r) {
    return {r.id(),
            r.text(u"price_list_id"),
            r.text(u"product_id"),
            Decimal4{r.integer(u"min_quantity")},
            r.integer(u"unit_price"),
            r.text(u"owner_id"),
            r.deleted()};
}

bool isCurrencyCode(const QString& code) {
    static const QRegularExpression iso4217(u"^[A-Z]{3}$"_s);
    return iso4217.match(code).hasMatch();
}

/// The record `id` of `type` as a T; NotFound (with `missing`) when unknown.
template<typename T, typename Convert>
Result<T> oneOf(Database& db, const RecordType& type, const QString& id, const char* missing, Convert convert) {
    auto list = listOf<T>(db, type, u"WHERE id = ?"_s, {id}, u"load "_s + type.table, convert);
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::NotFound, translated(missing), id);
    return list->first();
}

} // namespace

CatalogRepository::CatalogRepository(Database& db)
    : m_db(db) {}

bool CatalogRepository::canEdit() const {
    return mayEditOrganisation(m_db);
}

Result<void> CatalogRepository::requireEditor() const {
    return requireOrganisationEditor(
        m_db, QCoreApplication::translate("CatalogRepository",
                                          "Only managers and admins change the product catalogue and price lists."));
}

Result<Product> CatalogRepository::product(const QString& id) const {
    return oneOf<Product>(m_db, RecordType::products(), id,
                          QT_TRANSLATE_NOOP("CatalogRepository", "The product no longer exists."), toProduct);
}

Result<QList<Product>> CatalogRepository::products(bool includeInactive) const {
    return listOf<Product>(m_db, RecordType::products(),
                           includeInactive ? u"WHERE deleted = 0 ORDER BY name, sku"_s
                                           : u"WHERE deleted = 0 AND active = 1 ORDER BY name, sku"_s,
                           {}, u"list products"_s, toProduct);
}

Result<std::optional<Product>> CatalogRepository::productBySku(const QString& sku) const {
    auto list = listOf<Product>(m_db, RecordType::products(), u"WHERE sku = ? AND deleted = 0 LIMIT 1"_s, {sku},
                                u"find product by SKU"_s, toProduct);
    if (!list)
        return std::unexpected(list.error());
    return list->isEmpty() ? std::nullopt : std::optional(list->first());
}

Result<std::optional<Product>> CatalogRepository::productByExternalId(const QString& externalId) const {
    auto list = listOf<Product>(m_db, RecordType::products(), u"WHERE external_id = ? AND deleted = 0 LIMIT 1"_s,
                                {externalId}, u"find product by external id"_s, toProduct);
    if (!list)
        return std::unexpected(list.error());
    return list->isEmpty() ? std::nullopt : std::optional(list->first());
}

Result<Product> CatalogRepository::saveProduct(Product p) {
    if (auto ok = requireEditor(); !ok)
        return std::unexpected(ok.error());
    p.name = p.name.trimmed();
    p.sku = p.sku.trimmed();
    p.externalId = p.externalId.trimmed();
    if (p.name.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("CatalogRepository", "A product needs a name."));
    if (p.sku.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("CatalogRepository", "A product needs a SKU (its article number)."));
    if (p.taxRate < Decimal4{} || p.taxRate > Decimal4::fromInt(100))
        return refuse(QT_TRANSLATE_NOOP("CatalogRepository", "The tax rate must be between 0 and 100 %."));
    if (p.ownerId.isEmpty())
        p.ownerId = m_db.localUserId();
    const bool isNew = p.id.isEmpty();
    if (isNew)
        p.id = createUuid7();
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto same = m_db.connection().scalar(u"SELECT name FROM products WHERE sku = ? AND deleted = 0 AND id <> ?"_s,
                                             {p.sku, p.id}, u"check product SKU"_s);
        if (!same)
            return std::unexpected(same.error());
        if (same->isValid())
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("CatalogRepository", "The SKU %1 is already used by %2.")
                            .arg(p.sku, same->toString()));
        RecordWriter writer(m_db, RecordType::products());
        auto stored = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(p.id);
        if (!stored)
            return std::unexpected(stored.error());
        RecordValues v(RecordType::products());
        v.set(u"sku", p.sku)
            .set(u"name", p.name)
            .set(u"family", p.family.trimmed())
            .set(u"description", p.description)
            .set(u"unit", p.unit.trimmed())
            .set(u"active", p.active ? 1 : 0)
            .set(u"tax_category", p.taxCategory.trimmed())
            .set(u"tax_rate", p.taxRate.raw)
            .set(u"external_id", p.externalId)
            .reference(u"owner_id", p.ownerId);
        auto saved = writer.save(p.id, v.list(), *stored);
        if (!saved)
            return std::unexpected(saved.error());
        p.createdAt = saved->createdAt;
        p.updatedAt = saved->updatedAt;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return p;
}

Result<void> CatalogRepository::removeProduct(const QString& id) {
    if (auto ok = requireEditor(); !ok)
        return ok;
    return setRecordDeleted(m_db, RecordType::products(), id, true);
}

Result<PriceList> CatalogRepository::priceList(const QString& id) const {
    return oneOf<PriceList>(m_db, RecordType::priceLists(), id,
                            QT_TRANSLATE_NOOP("CatalogRepository", "The price list no longer exists."), toPriceList);
}

Result<QList<PriceList>> CatalogRepository::priceLists() const {
    return listOf<PriceList>(m_db, RecordType::priceLists(), u"WHERE deleted = 0 ORDER BY name"_s, {},
                             u"list price lists"_s, toPriceList);
}

Result<std::optional<PriceList>> CatalogRepository::priceListFor(const QString& currency) const {
    auto lists = listOf<PriceList>(m_db, RecordType::priceLists(),
                                   u"WHERE deleted = 0 AND active = 1 AND currency = ? ORDER BY name, id LIMIT 1"_s,
                                   {currency}, u"find the price list of a currency"_s, toPriceList);
    if (!lists)
        return std::unexpected(lists.error());
    return lists->isEmpty() ? std::nullopt : std::optional(lists->constFirst());
}

Result<PriceList> CatalogRepository::savePriceList(PriceList list) {
    if (auto ok = requireEditor(); !ok)
        return std::unexpected(ok.error());
    list.name = list.name.trimmed();
    list.currency = list.currency.trimmed().toUpper();
    if (list.name.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("CatalogRepository", "A price list needs a name."));
    if (!isCurrencyCode(list.currency))
        return refuse(
            QT_TRANSLATE_NOOP("CatalogRepository", "The currency must be a three-letter ISO code such as EUR or CNY."));
    if (list.ownerId.isEmpty())
        list.ownerId = m_db.localUserId();
    const bool isNew = list.id.isEmpty();
    if (isNew)
        list.id = createUuid7();
    auto ok = m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::priceLists());
        auto stored = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(list.id);
        if (!stored)
            return std::unexpected(stored.error());
        RecordValues v(RecordType::priceLists());
        v.set(u"name", list.name)
            .set(u"currency", list.currency)
            .set(u"active", list.active ? 1 : 0)
            .reference(u"owner_id", list.ownerId);
        auto saved = writer.save(list.id, v.list(), *stored);
        if (!saved)
            return std::unexpected(saved.error());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return list;
}

Result<QList<PriceListEntry>> CatalogRepository::prices(const QString& priceListId, const QString& productId) const {
    QString where = u"WHERE price_list_id = ? AND deleted = 0"_s;
    QVariantList values{priceListId};
    if (!productId.isEmpty()) {
        where += u" AND product_id = ?"_s;
        values.append(productId);
    }
    return listOf<PriceListEntry>(m_db, RecordType::priceListEntries(), where + u" ORDER BY product_id, min_quantity"_s,
                                  values, u"list prices"_s, toEntry);
}

Result<PriceListEntry> CatalogRepository::setPrice(PriceListEntry e) {
    if (auto ok = requireEditor(); !ok)
        return std::unexpected(ok.error());
    if (e.unitPrice < 0)
        return refuse(QT_TRANSLATE_NOOP("CatalogRepository", "A unit price cannot be negative."));
    if (e.minQuantity < Decimal4{})
        return refuse(QT_TRANSLATE_NOOP("CatalogRepository", "A minimum quantity cannot be negative."));
    if (e.ownerId.isEmpty())
        e.ownerId = m_db.localUserId();
    auto ok = m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        using Link = std::tuple<const RecordType*, QString, const char*>;
        for (const auto& [type, id, gone] :
             {Link{&RecordType::priceLists(), e.priceListId,
                   QT_TRANSLATE_NOOP("CatalogRepository", "The price list no longer exists.")},
              Link{&RecordType::products(), e.productId,
                   QT_TRANSLATE_NOOP("CatalogRepository", "The product no longer exists.")}}) {
            auto live = c.scalar(u"SELECT 1 FROM "_s + type->table + u" WHERE id = ? AND deleted = 0"_s, {id},
                                 u"check price reference"_s);
            if (!live)
                return std::unexpected(live.error());
            if (!live->isValid())
                return fail(ErrorCode::NotFound, QCoreApplication::translate("CatalogRepository", gone));
        }
        // IS NOT rather than <>: a new entry's id is null.
        auto existing = c.scalar(u"SELECT id FROM price_list_entries WHERE price_list_id = ? AND product_id = ? "
                                 u"AND min_quantity = ? AND deleted = 0 AND id IS NOT ?"_s,
                                 {e.priceListId, e.productId, e.minQuantity.raw, e.id}, u"find price"_s);
        if (!existing)
            return std::unexpected(existing.error());
        if (e.id.isEmpty())
            e.id = existing->isValid() ? existing->toString() : createUuid7();
        else if (existing->isValid())
            // Changing a break's quantity onto another break's would make two prices for one quantity.
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("CatalogRepository",
                                                    "The price list already has a price for this product from "
                                                    "quantity %1; change that price instead.")
                            .arg(e.minQuantity.toString()));
        RecordWriter writer(m_db, RecordType::priceListEntries());
        auto stored = writer.load(e.id);
        if (!stored)
            return std::unexpected(stored.error());
        RecordValues v(RecordType::priceListEntries());
        v.set(u"price_list_id", e.priceListId)
            .set(u"product_id", e.productId)
            .set(u"min_quantity", e.minQuantity.raw)
            .set(u"unit_price", e.unitPrice)
            .reference(u"owner_id", e.ownerId);
        auto saved = writer.save(e.id, v.list(), *stored);
        if (!saved)
            return std::unexpected(saved.error());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return e;
}

Result<void> CatalogRepository::removePrice(const QString& id) {
    if (auto ok = requireEditor(); !ok)
        return ok;
    return setRecordDeleted(m_db, RecordType::priceListEntries(), id, true);
}

Result<std::optional<qint64>> CatalogRepository::unitPrice(const QString& priceListId, const QString& productId,
                                                           Decimal4 quantity) const {
    auto price = m_db.connection().scalar(u"SELECT unit_price FROM price_list_entries WHERE price_list_id = ? AND "
                                          u"product_id = ? AND min_quantity <= ? AND deleted = 0 "
                                          u"ORDER BY min_quantity DESC LIMIT 1"_s,
                                          {priceListId, productId, quantity.raw}, u"look up unit price"_s);
    if (!price)
        return std::unexpected(price.error());
    return price->isValid() ? std::optional(price->toLongLong()) : std::nullopt;
}

} // namespace Fieldbook
