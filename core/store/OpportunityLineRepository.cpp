#include "OpportunityLineRepository.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "OpportunityRepository.h"
#include "RecordRows.h"
#include "RecordWriter.h"
#include "SqlConnection.h"
#include "common/Uuid7.h"
#include "domain/Quote.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Gaps between positions, so that a line can later go between two without renumbering.
constexpr qint64 kPositionStep = 1024;

QString translated(const char* text) {
    return QCoreApplication::translate("OpportunityLineRepository", text);
}

OpportunityLine toLine(const RecordRow& r) {
    OpportunityLine l;
    l.id = r.id();
    l.opportunityId = r.text(u"opportunity_id");
    l.position = r.integer(u"position");
    l.productId = r.text(u"product_id");
    l.description = r.text(u"description");
    l.amounts.quantity = Decimal4{r.integer(u"quantity")};
    l.amounts.unitPrice = r.integer(u"unit_price");
    setStoredDiscount(l.amounts, r.text(u"discount_kind"), r.integer(u"discount"));
    l.ownerId = r.text(u"owner_id");
    return l;
}

RecordValues valuesOf(const OpportunityLine& l) {
    RecordValues v(RecordType::opportunityLines());
    v.reference(u"opportunity_id", l.opportunityId)
        .set(u"position", l.position)
        .reference(u"product_id", l.productId)
        .set(u"description", l.description)
        .set(u"quantity", l.amounts.quantity.raw)
        .set(u"unit_price", l.amounts.unitPrice)
        .set(u"discount_kind", discountKey(l.amounts.discount))
        .set(u"discount", storedDiscount(l.amounts))
        .reference(u"owner_id", l.ownerId);
    return v;
}

Result<QList<OpportunityLine>> liveLines(Database& db, const QString& opportunityId) {
    return listOf<OpportunityLine>(db, RecordType::opportunityLines(),
                                   u"WHERE opportunity_id = ? AND deleted = 0 ORDER BY position, id"_s, {opportunityId},
                                   u"list opportunity lines"_s, toLine);
}

Result<OpportunityLine> oneLine(Database& db, const QString& id) {
    auto list = listOf<OpportunityLine>(db, RecordType::opportunityLines(), u"WHERE id = ? AND deleted = 0"_s, {id},
                                        u"load opportunity line"_s, toLine);
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::NotFound,
                    translated(QT_TRANSLATE_NOOP("OpportunityLineRepository", "The product line no longer exists.")),
                    id);
    return list->constFirst();
}

} // namespace

OpportunityLineRepository::OpportunityLineRepository(Database& db)
    : m_db(db) {}

Result<QList<OpportunityLine>> OpportunityLineRepository::lines(const QString& opportunityId) const {
    return liveLines(m_db, opportunityId);
}

Result<std::optional<qint64>> OpportunityLineRepository::total(const QString& opportunityId) const {
    auto list = liveLines(m_db, opportunityId);
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return std::optional<qint64>();
    qint64 sum = 0;
    for (const OpportunityLine& line : std::as_const(*list)) {
        auto net = line.net();
        if (!net)
            return std::unexpected(net.error());
        if (__builtin_add_overflow(sum, *net, &sum))
            return fail(ErrorCode::InvalidInput,
                        translated(QT_TRANSLATE_NOOP("OpportunityLineRepository",
                                                     "The product lines add up to more than an amount can hold.")));
    }
    return std::optional(sum);
}

Result<OpportunityLine> OpportunityLineRepository::save(OpportunityLine line) {
    line.description = line.description.trimmed();
    if (line.description.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    translated(QT_TRANSLATE_NOOP("OpportunityLineRepository", "A product line needs a description.")));
    if (auto net = line.net(); !net)
        return std::unexpected(net.error());
    auto opportunity = OpportunityRepository(m_db).get(line.opportunityId);
    if (!opportunity)
        return std::unexpected(opportunity.error());
    if (opportunity->deleted)
        return fail(ErrorCode::NotFound,
                    translated(QT_TRANSLATE_NOOP("OpportunityLineRepository", "The opportunity was deleted.")));
    if (line.ownerId.isEmpty())
        line.ownerId = opportunity->ownerId;
    const bool isNew = line.id.isEmpty();
    if (isNew)
        line.id = createUuid7();
    auto ok = m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::opportunityLines());
        auto stored = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(line.id);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored &&
            RecordRow(RecordType::opportunityLines(), line.id, **stored).text(u"opportunity_id") != line.opportunityId)
            return fail(ErrorCode::InvalidInput,
                        translated(QT_TRANSLATE_NOOP("OpportunityLineRepository",
                                                     "A product line cannot move to another opportunity.")));
        if (isNew && line.position == 0) {
            auto last =
                m_db.connection().scalar(u"SELECT max(position) FROM opportunity_lines WHERE opportunity_id = ?"_s,
                                         {line.opportunityId}, u"find the last opportunity line"_s);
            if (!last)
                return std::unexpected(last.error());
            line.position = (last->isValid() ? last->toLongLong() : 0) + kPositionStep;
        }
        if (auto saved = writer.save(line.id, valuesOf(line).list(), *stored); !saved)
            return std::unexpected(saved.error());
        return updateAmount(line.opportunityId);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return line;
}

Result<OpportunityLine> OpportunityLineRepository::addProduct(const QString& opportunityId, const QString& productId,
                                                              Decimal4 quantity) {
    CatalogRepository catalog(m_db);
    auto product = catalog.product(productId);
    if (!product)
        return std::unexpected(product.error());
    if (product->deleted || !product->active)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("OpportunityLineRepository", "%1 is no longer sold.").arg(product->name));
    auto opportunity = OpportunityRepository(m_db).get(opportunityId);
    if (!opportunity)
        return std::unexpected(opportunity.error());
    OpportunityLine line;
    line.opportunityId = opportunityId;
    line.productId = product->id;
    line.description = product->name;
    line.amounts.quantity = quantity;
    auto list = catalog.priceListFor(opportunity->currency);
    if (!list)
        return std::unexpected(list.error());
    if (*list) {
        auto price = catalog.unitPrice((*list)->id, product->id, quantity);
        if (!price)
            return std::unexpected(price.error());
        line.amounts.unitPrice = price->value_or(0);
    }
    return save(line);
}

Result<void> OpportunityLineRepository::remove(const QString& lineId) {
    auto line = oneLine(m_db, lineId);
    if (!line)
        return std::unexpected(line.error());
    return m_db.transaction([&]() -> Result<void> {
        if (auto changed = RecordWriter(m_db, RecordType::opportunityLines()).setDeleted(lineId, true); !changed)
            return std::unexpected(changed.error());
        return updateAmount(line->opportunityId);
    });
}

Result<void> OpportunityLineRepository::replace(const QString& opportunityId, const QList<OpportunityLine>& lines) {
    for (const OpportunityLine& line : lines)
        if (auto net = line.net(); !net)
            return std::unexpected(net.error());
    auto opportunity = OpportunityRepository(m_db).get(opportunityId);
    if (!opportunity)
        return std::unexpected(opportunity.error());
    auto current = liveLines(m_db, opportunityId);
    if (!current)
        return std::unexpected(current.error());
    return m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::opportunityLines());
        for (const OpportunityLine& old : std::as_const(*current))
            if (auto removed = writer.setDeleted(old.id, true); !removed)
                return std::unexpected(removed.error());
        qint64 position = 0;
        for (OpportunityLine line : lines) {
            line.id = createUuid7();
            line.opportunityId = opportunityId;
            line.position = position += kPositionStep;
            line.ownerId = opportunity->ownerId;
            line.description = line.description.trimmed();
            if (auto saved = writer.save(line.id, valuesOf(line).list(), std::nullopt); !saved)
                return std::unexpected(saved.error());
        }
        return updateAmount(opportunityId);
    });
}

Result<void> OpportunityLineRepository::move(const QString& lineId, int direction) {
    auto line = oneLine(m_db, lineId);
    if (!line)
        return std::unexpected(line.error());
    auto list = liveLines(m_db, line->opportunityId);
    if (!list)
        return std::unexpected(list.error());
    qsizetype at = -1;
    for (qsizetype i = 0; i < list->size(); ++i)
        if (list->at(i).id == lineId)
            at = i;
    const qsizetype other = at + (direction < 0 ? -1 : 1);
    if (at < 0 || other < 0 || other >= list->size())
        return {};
    OpportunityLine a = list->at(at);
    OpportunityLine b = list->at(other);
    std::swap(a.position, b.position);
    if (a.position == b.position) // equal positions (written on two devices): make them distinct
        a.position += direction < 0 ? -1 : 1;
    return m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::opportunityLines());
        for (const OpportunityLine& l : {a, b}) {
            auto stored = writer.load(l.id);
            if (!stored)
                return std::unexpected(stored.error());
            if (auto saved = writer.save(l.id, valuesOf(l).list(), *stored); !saved)
                return std::unexpected(saved.error());
        }
        return {};
    });
}

Result<void> OpportunityLineRepository::updateAmount(const QString& opportunityId) {
    // OpportunityRepository::save puts the lines' total in place of the amount given; without
    // lines the amount is the zero given here. An unchanged amount writes nothing.
    OpportunityRepository opportunities(m_db);
    auto opportunity = opportunities.get(opportunityId);
    if (!opportunity)
        return std::unexpected(opportunity.error());
    opportunity->amount = 0;
    if (auto saved = opportunities.save(*opportunity); !saved)
        return std::unexpected(saved.error());
    return {};
}

} // namespace Fieldbook
