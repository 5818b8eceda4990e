#include "OpportunityLineRows.h"

#include "store/db/Database.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"
#include "common/Uuid7.h"
#include "domain/Quote.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook::OpportunityLineRows {

namespace {

/// Messages keep the context of the repository that shows them.
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

} // namespace

RecordValues values(const OpportunityLine& l) {
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

Result<QList<OpportunityLine>> live(Database& db, const QString& opportunityId) {
    return listOf<OpportunityLine>(db, RecordType::opportunityLines(),
                                   u"WHERE opportunity_id = ? AND deleted = 0 ORDER BY position, id"_s, {opportunityId},
                                   u"list opportunity lines"_s, toLine);
}

Result<OpportunityLine> one(Database& db, const QString& id) {
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

Result<std::optional<qint64>> total(Database& db, const QString& opportunityId) {
    auto list = live(db, opportunityId);
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

Result<void> replace(Database& db, const Opportunity& opportunity, const QList<OpportunityLine>& lines) {
    for (const OpportunityLine& line : lines)
        if (auto net = line.net(); !net)
            return std::unexpected(net.error());
    auto current = live(db, opportunity.id);
    if (!current)
        return std::unexpected(current.error());
    RecordWriter writer(db, RecordType::opportunityLines());
    for (const OpportunityLine& old : std::as_const(*current))
        if (auto removed = writer.setDeleted(old.id, true); !removed)
            return std::unexpected(removed.error());
    qint64 position = 0;
    for (OpportunityLine line : lines) {
        line.id = createUuid7();
        line.opportunityId = opportunity.id;
        line.position = position += kPositionStep;
        line.ownerId = opportunity.ownerId;
        line.description = line.description.trimmed();
        if (auto saved = writer.save(line.id, values(line).list(), std::nullopt); !saved)
            return std::unexpected(saved.error());
    }
    return {};
}

} // namespace Fieldbook::OpportunityLineRows
