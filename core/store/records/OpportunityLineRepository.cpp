#include "OpportunityLineRepository.h"

#include "CatalogRepository.h"
#include "store/db/Database.h"
#include "OpportunityLineRows.h"
#include "OpportunityRepository.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Uuid7.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

using namespace OpportunityLineRows;

namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("OpportunityLineRepository", text);
}

} // namespace

OpportunityLineRepository::OpportunityLineRepository(Database& db)
    : m_db(db) {}

Result<QList<OpportunityLine>> OpportunityLineRepository::lines(const QString& opportunityId) const {
    return live(m_db, opportunityId);
}

Result<std::optional<qint64>> OpportunityLineRepository::total(const QString& opportunityId) const {
    return OpportunityLineRows::total(m_db, opportunityId);
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
        if (auto saved = writer.save(line.id, values(line).list(), *stored); !saved)
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
    auto line = one(m_db, lineId);
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
    return m_db.transaction([&]() -> Result<void> {
        if (auto replaced = OpportunityLineRows::replace(m_db, *opportunity, lines); !replaced)
            return replaced;
        return updateAmount(opportunityId);
    });
}

Result<void> OpportunityLineRepository::move(const QString& lineId, int direction) {
    auto line = one(m_db, lineId);
    if (!line)
        return std::unexpected(line.error());
    auto list = live(m_db, line->opportunityId);
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
            if (auto saved = writer.save(l.id, values(l).list(), *stored); !saved)
                return std::unexpected(saved.error());
        }
        return {};
    });
}

Result<void> OpportunityLineRepository::updateAmount(const QString& opportunityId) {
    return OpportunityRepository(m_db).takeAmountOfLines(opportunityId);
}

} // namespace Fieldbook
