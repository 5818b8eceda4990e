#include "QuoteRepository.h"

#include "CatalogRepository.h"
#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "OpportunityLineRepository.h"
#include "OpportunityRepository.h"
#include "QuoteNumbering.h"
#include "QuoteRows.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/QuoteRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qint64 kPositionStep = 1024;

/// `text` marked with QT_TRANSLATE_NOOP("QuoteRepository", ...), translated.
QString translated(const char* text) {
    return QCoreApplication::translate("QuoteRepository", text);
}

std::unexpected<Error> refuse(const char* text) {
    return fail(ErrorCode::InvalidInput, translated(text));
}

QDate today() {
    return QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).date();
}

const QString kQuoteOrder = u"ORDER BY created_at DESC, number DESC, revision DESC"_s;

/// "Quote Q-2026-D7-0042 was sent and is locked ..." for a change of a quote that is not a draft.
std::unexpected<Error> locked(const Quote& q) {
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("QuoteRepository",
                                            "Quote %1 is %2 and can no longer be changed; make a new revision "
                                            "to change it.")
                    .arg(q.displayNumber(), quoteStatusName(q.status).toLower()));
}

} // namespace

QuoteRepository::QuoteRepository(Database& db)
    : m_db(db) {}

Result<Quote> QuoteRepository::get(const QString& id) const {
    auto list = listOf<Quote>(m_db, RecordType::quotes(), u"WHERE id = ?"_s, {id}, u"load quote"_s, QuoteRows::toQuote);
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::NotFound,
                    translated(QT_TRANSLATE_NOOP("QuoteRepository", "The quote no longer exists.")), id);
    return list->first();
}

Result<QList<Quote>> QuoteRepository::all() const {
    return listOf<Quote>(m_db, RecordType::quotes(), u"WHERE deleted = 0 "_s + kQuoteOrder, {}, u"list quotes"_s,
                         QuoteRows::toQuote);
}

Result<QList<Quote>> QuoteRepository::forOpportunity(const QString& opportunityId) const {
    return listOf<Quote>(m_db, RecordType::quotes(), u"WHERE opportunity_id = ? AND deleted = 0 "_s + kQuoteOrder,
                         {opportunityId}, u"list quotes of an opportunity"_s, QuoteRows::toQuote);
}

Result<QList<Quote>> QuoteRepository::forAccount(const QString& accountId) const {
    return listOf<Quote>(m_db, RecordType::quotes(), u"WHERE account_id = ? AND deleted = 0 "_s + kQuoteOrder,
                         {accountId}, u"list quotes of an account"_s, QuoteRows::toQuote);
}

Result<QList<QuoteLine>> QuoteRepository::lines(const QString& quoteId) const {
    return listOf<QuoteLine>(m_db, RecordType::quoteLines(),
                             u"WHERE quote_id = ? AND deleted = 0 ORDER BY position, id"_s, {quoteId},
                             u"list quote lines"_s, QuoteRows::toLine);
}

Result<QuoteTotals> QuoteRepository::totals(const QString& quoteId) const {
    auto list = lines(quoteId);
    if (!list)
        return std::unexpected(list.error());
    return computeQuote(itemAmounts(*list));
}

QString QuoteRepository::deviceTag() const {
    return QuoteNumbering(m_db).deviceTag();
}

Result<Quote> QuoteRepository::createFromOpportunity(const QString& opportunityId, const QString& priceListId,
                                                     const QString& ownerId) {
    auto opportunity = OpportunityRepository(m_db).get(opportunityId);
    if (!opportunity)
        return std::unexpected(opportunity.error());
    if (opportunity->deleted)
        return fail(ErrorCode::NotFound,
                    translated(QT_TRANSLATE_NOOP("QuoteRepository", "The opportunity of this quote was deleted.")));
    if (!priceListId.isEmpty()) {
        auto list = CatalogRepository(m_db).priceList(priceListId);
        if (!list)
            return std::unexpected(list.error());
        if (list->deleted)
            return fail(ErrorCode::NotFound,
                        translated(QT_TRANSLATE_NOOP("QuoteRepository", "The price list no longer exists.")));
        if (list->currency != opportunity->currency)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("QuoteRepository",
                                                    "The price list %1 is in %2, but the opportunity is in %3.")
                            .arg(list->name, list->currency, opportunity->currency));
    }
    Quote q;
    q.id = createUuid7();
    q.opportunityId = opportunity->id;
    q.accountId = opportunity->accountId;
    q.contactId = opportunity->contactId;
    q.title = opportunity->name;
    q.currency = opportunity->currency;
    q.priceListId = priceListId;
    q.validUntil = today().addDays(kQuoteValidityDays);
    q.paymentTerms = m_db.setting(u"company/payment_terms"_s); // CompanyProfile::defaultPaymentTerms
    q.ownerId = ownerId.isEmpty() ? m_db.localUserId() : ownerId;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto number = QuoteNumbering(m_db).next(today());
        if (!number)
            return std::unexpected(number.error());
        q.number = *number;
        auto saved = RecordWriter(m_db, RecordType::quotes()).save(q.id, QuoteRows::values(q).list(), std::nullopt);
        if (!saved)
            return std::unexpected(saved.error());
        q.createdAt = saved->createdAt;
        q.updatedAt = saved->updatedAt;
        return copyOpportunityLines(q.id, opportunity->id);
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return q;
}

Result<void> QuoteRepository::copyOpportunityLines(const QString& quoteId, const QString& opportunityId) {
    // The opportunity's product lines become the quote's first items, at the same prices, taxed at
    // their product's rate; free-text lines at the default rate.
    auto lines = OpportunityLineRepository(m_db).lines(opportunityId);
    if (!lines)
        return std::unexpected(lines.error());
    CatalogRepository catalog(m_db);
    for (const OpportunityLine& from : std::as_const(*lines)) {
        QuoteLine line;
        line.quoteId = quoteId;
        line.productId = from.productId;
        line.description = from.description;
        line.amounts = from.amounts;
        line.amounts.taxRate = defaultTaxRate();
        if (!from.productId.isEmpty())
            if (auto product = catalog.product(from.productId)) {
                line.unit = product->unit;
                line.amounts.taxRate = product->taxRate;
            }
        if (auto copied = saveLine(line); !copied)
            return std::unexpected(copied.error());
    }
    return {};
}

Decimal4 QuoteRepository::defaultTaxRate() const {
    // CompanyProfile::defaultTaxRate
    return Decimal4::parse(m_db.setting(u"company/tax_rate"_s)).value_or(Decimal4{});
}

Result<Quote> QuoteRepository::save(Quote q) {
    q.title = q.title.trimmed();
    if (!q.validUntil.isValid())
        return refuse(QT_TRANSLATE_NOOP("QuoteRepository", "A quote needs a date until which it is valid."));
    auto current = get(q.id);
    if (!current)
        return std::unexpected(current.error());
    if (current->deleted)
        return fail(ErrorCode::NotFound, translated(QT_TRANSLATE_NOOP("QuoteRepository", "The quote was deleted.")));
    if (current->status != QuoteStatus::Draft)
        return locked(*current);
    // What a save may change; number, revision, status, currency and links stay as they are.
    Quote next = *current;
    next.title = q.title;
    next.contactId = q.contactId;
    next.validUntil = q.validUntil;
    next.paymentTerms = q.paymentTerms.trimmed();
    next.notes = q.notes;
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (!next.contactId.isEmpty()) {
            auto live = m_db.connection().scalar(u"SELECT 1 FROM contacts WHERE id = ? AND deleted = 0"_s,
                                                 {next.contactId}, u"check quote contact"_s);
            if (!live)
                return std::unexpected(live.error());
            if (!live->isValid())
                return fail(ErrorCode::NotFound,
                            translated(QT_TRANSLATE_NOOP("QuoteRepository", "The contact no longer exists.")));
        }
        RecordWriter writer(m_db, RecordType::quotes());
        auto stored = writer.load(next.id);
        if (!stored)
            return std::unexpected(stored.error());
        auto saved = writer.save(next.id, QuoteRows::values(next).list(), *stored);
        if (!saved)
            return std::unexpected(saved.error());
        next.updatedAt = saved->updatedAt;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return next;
}

Result<QuoteLine> QuoteRepository::saveLine(QuoteLine line) {
    if (auto checked = checkQuoteLine(line); !checked)
        return std::unexpected(checked.error());
    auto quote = get(line.quoteId);
    if (!quote)
        return std::unexpected(quote.error());
    if (quote->deleted)
        return fail(ErrorCode::NotFound, translated(QT_TRANSLATE_NOOP("QuoteRepository", "The quote was deleted.")));
    if (quote->status != QuoteStatus::Draft)
        return locked(*quote);
    if (line.ownerId.isEmpty())
        line.ownerId = quote->ownerId;
    const bool isNew = line.id.isEmpty();
    if (isNew)
        line.id = createUuid7();
    auto ok = m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::quoteLines());
        auto stored = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(line.id);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored && (*stored)->values.at(RecordType::quoteLines().indexOf(u"quote_id"_s)).toString() != line.quoteId)
            return refuse(QT_TRANSLATE_NOOP("QuoteRepository", "A line cannot move to another quote."));
        if (isNew && line.position == 0) {
            auto last = m_db.connection().scalar(u"SELECT max(position) FROM quote_lines WHERE quote_id = ?"_s,
                                                 {line.quoteId}, u"find last quote line"_s);
            if (!last)
                return std::unexpected(last.error());
            line.position = (last->isValid() ? last->toLongLong() : 0) + kPositionStep;
        }
        auto saved = writer.save(line.id, QuoteRows::values(line).list(), *stored);
        if (!saved)
            return std::unexpected(saved.error());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return line;
}

Result<QuoteLine> QuoteRepository::addProduct(const QString& quoteId, const QString& productId, Decimal4 quantity) {
    CatalogRepository catalog(m_db);
    auto product = catalog.product(productId);
    if (!product)
        return std::unexpected(product.error());
    if (product->deleted || !product->active)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository", "%1 is no longer sold.").arg(product->name));
    auto quote = get(quoteId);
    if (!quote)
        return std::unexpected(quote.error());
    QuoteLine line;
    line.quoteId = quoteId;
    line.productId = product->id;
    line.description = product->name;
    line.unit = product->unit;
    line.amounts.quantity = quantity;
    line.amounts.taxRate = product->taxRate;
    if (!quote->priceListId.isEmpty()) {
        auto price = catalog.unitPrice(quote->priceListId, product->id, quantity);
        if (!price)
            return std::unexpected(price.error());
        line.amounts.unitPrice = price->value_or(0);
    }
    return saveLine(line);
}

Result<QuoteLine> QuoteRepository::addItem(const QString& quoteId, const QString& description) {
    QuoteLine line;
    line.quoteId = quoteId;
    line.description = description;
    line.amounts.quantity = Decimal4::fromInt(1);
    line.amounts.taxRate = defaultTaxRate();
    return saveLine(line);
}

Result<void> QuoteRepository::removeLine(const QString& lineId) {
    return m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::quoteLines());
        auto stored = writer.load(lineId);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound,
                        translated(QT_TRANSLATE_NOOP("QuoteRepository", "The quote line no longer exists.")), lineId);
        auto quote = get((*stored)->values.at(RecordType::quoteLines().indexOf(u"quote_id"_s)).toString());
        if (!quote)
            return std::unexpected(quote.error());
        if (quote->status != QuoteStatus::Draft)
            return locked(*quote);
        auto changed = writer.setDeleted(lineId, true);
        if (!changed)
            return std::unexpected(changed.error());
        return {};
    });
}

Result<void> QuoteRepository::swapLines(QuoteLine line, QuoteLine other, int delta) {
    // Equal positions (lines added on two devices) get distinct ones.
    std::swap(line.position, other.position);
    if (line.position == other.position)
        line.position += delta;
    return m_db.transaction([&]() -> Result<void> {
        for (const QuoteLine& l : {line, other})
            if (auto saved = saveLine(l); !saved)
                return std::unexpected(saved.error());
        return {};
    });
}

Result<void> QuoteRepository::remove(const QString& id) {
    return m_db.transaction([&]() -> Result<void> {
        auto quote = get(id);
        if (!quote)
            return std::unexpected(quote.error());
        if (quote->status != QuoteStatus::Draft)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("QuoteRepository",
                                                    "Quote %1 was sent; it is kept as the customer's copy and "
                                                    "cannot be deleted.")
                            .arg(quote->displayNumber()));
        auto changed = RecordWriter(m_db, RecordType::quotes()).setDeleted(id, true);
        if (!changed)
            return std::unexpected(changed.error());
        return {};
    });
}

Result<void> QuoteRepository::storeStatus(const Quote& q) {
    return m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::quotes());
        auto stored = writer.load(q.id);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound,
                        translated(QT_TRANSLATE_NOOP("QuoteRepository", "The quote no longer exists.")), q.id);
        if (auto saved = writer.save(q.id, QuoteRows::values(q).list(), *stored); !saved)
            return std::unexpected(saved.error());
        return {};
    });
}

Result<Quote> QuoteRepository::storeRevision(Quote next, const QList<QuoteLine>& lines) {
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto saved =
            RecordWriter(m_db, RecordType::quotes()).save(next.id, QuoteRows::values(next).list(), std::nullopt);
        if (!saved)
            return std::unexpected(saved.error());
        next.createdAt = saved->createdAt;
        next.updatedAt = saved->updatedAt;
        RecordWriter lineWriter(m_db, RecordType::quoteLines());
        for (QuoteLine line : lines) {
            line.id = createUuid7();
            line.quoteId = next.id;
            line.ownerId = next.ownerId;
            if (auto r = lineWriter.save(line.id, QuoteRows::values(line).list(), std::nullopt); !r)
                return std::unexpected(r.error());
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return next;
}

Result<int> QuoteRepository::latestRevision(const QString& number) const {
    auto latest = m_db.connection().scalar(u"SELECT max(revision) FROM quotes WHERE number = ? AND deleted = 0"_s,
                                           {number}, u"find latest revision"_s);
    if (!latest)
        return std::unexpected(latest.error());
    return latest->toInt();
}

Result<QStringList> QuoteRepository::overdueIds(const QDate& day) const {
    QStringList overdue;
    auto ok = forEachRecord(m_db, RecordType::quotes(),
                            u"SELECT "_s + recordColumns(RecordType::quotes()) +
                                u" FROM quotes WHERE status = 'sent' AND deleted = 0 AND valid_until <> '' "
                                u"AND valid_until < ?"_s,
                            {FieldCodec::encode(day)}, u"find overdue quotes"_s,
                            [&](const RecordRow& r) { overdue.append(r.id()); });
    if (!ok)
        return std::unexpected(ok.error());
    return overdue;
}

} // namespace Fieldbook
