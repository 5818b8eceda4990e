#include "ProductImportWriter.h"

#include "CsvFieldFormat.h"
#include "ImportRow.h"
#include "store/records/CurrencySettings.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ProductImportWriter::ProductImportWriter(Database& db)
    : m_db(db)
    , m_catalog(db) {}

Result<QString> ProductImportWriter::priceList(const QString& name, const QString& currency) {
    if (!m_lists.contains(name)) {
        auto lists = m_catalog.priceLists();
        if (!lists)
            return std::unexpected(lists.error());
        for (const PriceList& l : std::as_const(*lists))
            m_lists.insert(l.name, l);
    }
    if (auto it = m_lists.constFind(name); it != m_lists.cend()) {
        if (it->currency != currency)
            return fail(ErrorCode::InvalidInput,
                        tr("the price list '%1' is in %2, not %3").arg(name, it->currency, currency));
        return it->id;
    }
    PriceList list;
    list.name = name;
    list.currency = currency;
    auto saved = m_catalog.savePriceList(list);
    if (!saved)
        return std::unexpected(saved.error());
    m_lists.insert(name, *saved);
    return saved->id;
}

Result<ImportRowWriter::RowResult> ProductImportWriter::write(const ImportRow& row, bool) {
    const QString externalId = row.value(u"external_id"_s);
    auto found = find(externalId, row.value(u"sku"_s));
    if (!found)
        return std::unexpected(found.error());
    const bool existed = found->has_value();
    Product p = found->value_or(Product{});
    if (!externalId.isEmpty())
        p.externalId = externalId;
    if (const QString reason = applyFields(row, p, existed); !reason.isEmpty())
        return rejected(reason);
    RowPrice price;
    if (const QString reason = checkPrice(row, price); !reason.isEmpty())
        return rejected(reason);
    if (!price.currency.isEmpty()) {
        auto list = listFor(row, price.currency);
        if (!list)
            return rejectedOrFailed(list.error());
        price.listId = *list;
    }
    auto stored = m_catalog.saveProduct(p);
    if (!stored)
        return rejectedOrFailed(stored.error());
    if (!price.listId.isEmpty())
        if (auto set =
                m_catalog.setPrice({{}, price.listId, stored->id, price.minQuantity, price.unitPrice, {}, false});
            !set)
            return rejectedOrFailed(set.error());
    return saved(existed);
}

Result<std::optional<Product>> ProductImportWriter::find(const QString& externalId, const QString& sku) {
    if (!externalId.isEmpty()) {
        auto byId = m_catalog.productByExternalId(externalId);
        if (!byId || *byId)
            return byId;
    }
    if (sku.isEmpty())
        return std::optional<Product>();
    return m_catalog.productBySku(sku);
}

QString ProductImportWriter::applyFields(const ImportRow& row, Product& p, bool existed) {
    for (const auto& [field, target] : {std::pair{u"sku"_s, &p.sku}, std::pair{u"name"_s, &p.name},
                                        std::pair{u"family"_s, &p.family}, std::pair{u"description"_s, &p.description},
                                        std::pair{u"unit"_s, &p.unit}, std::pair{u"tax_category"_s, &p.taxCategory}})
        if (row.has(field) && (!row.value(field).isEmpty() || existed))
            *target = row.value(field);
    if (row.has(u"active"_s) && !row.value(u"active"_s).isEmpty()) {
        auto active = CsvFieldFormat::parseFlag(u"active"_s, row.value(u"active"_s));
        if (!active)
            return active.error().message;
        p.active = *active;
    }
    if (row.has(u"tax_rate"_s) && !row.value(u"tax_rate"_s).isEmpty()) {
        QString text = row.value(u"tax_rate"_s);
        const auto rate = Decimal4::parse(text.remove(u'%').trimmed());
        if (!rate)
            return tr("tax_rate '%1' is not a percentage such as 19 or 7.5").arg(row.value(u"tax_rate"_s));
        p.taxRate = *rate;
    }
    return {};
}

QString ProductImportWriter::checkPrice(const ImportRow& row, RowPrice& price) {
    const QString priceText = row.value(u"unit_price"_s);
    if (priceText.isEmpty())
        return {};
    // Check the price before anything is written, so that a bad price stores nothing of the row.
    QString currency = row.value(u"currency"_s).trimmed().toUpper();
    if (currency.isEmpty()) { // a catalogue exported without currencies is priced in the reporting one
        if (m_reportingCurrency.isEmpty())
            m_reportingCurrency = CurrencySettings::load(m_db).reportingCurrency();
        currency = m_reportingCurrency;
    }
    static const QRegularExpression iso4217(u"^[A-Z]{3}$"_s);
    if (!iso4217.match(currency).hasMatch())
        return tr("currency '%1' is not an ISO 4217 code").arg(currency);
    auto unitPrice = CsvFieldFormat::parseMoney(u"unit_price"_s, priceText, currency);
    if (!unitPrice)
        return unitPrice.error().message;
    if (*unitPrice < 0)
        return tr("unit_price cannot be negative");
    price.unitPrice = *unitPrice;
    if (!row.value(u"min_quantity"_s).isEmpty()) {
        const auto q = Decimal4::parse(row.value(u"min_quantity"_s));
        if (!q || *q < Decimal4{})
            return tr("min_quantity '%1' is not a quantity of 0 or more").arg(row.value(u"min_quantity"_s));
        price.minQuantity = *q;
    }
    price.currency = currency;
    return {};
}

Result<QString> ProductImportWriter::listFor(const ImportRow& row, const QString& currency) {
    // Without a price list named, prices go to the list quotes in that currency use, so that an
    // import under another language does not make a second list.
    QString listName = row.value(u"price_list"_s);
    if (listName.isEmpty()) {
        auto current = m_catalog.priceListFor(currency);
        if (!current)
            return std::unexpected(current.error());
        listName = *current ? (*current)->name : tr("List prices %1").arg(currency);
    }
    return priceList(listName, currency);
}

} // namespace Fieldbook
