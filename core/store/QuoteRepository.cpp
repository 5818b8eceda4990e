#include "QuoteRepository.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "FieldCodec.h"
#include "OpportunityLineRepository.h"
#include "OpportunityRepository.h"
#include "PipelineRepository.h"
#include "RecordRows.h"
#include "RecordWriter.h"
#include "SqlConnection.h"
#include "common/Clock.h"
#include "common/Uuid7.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kValidityDays = 30;
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

Quote toQuote(const RecordRow& r) {
    Quote q;
    q.id = r.id();
    q.number = r.text(u"number");
    q.revision = int(r.integer(u"revision"));
    q.opportunityId = r.text(u"opportunity_id");
    q.accountId = r.text(u"account_id");
    q.contactId = r.text(u"contact_id");
    q.title = r.text(u"title");
    q.currency = r.text(u"currency");
    q.priceListId = r.text(u"price_list_id");
    if (!parseQuoteStatus(r.text(u"status"), &q.status))
        q.status = QuoteStatus::Draft;
    q.validUntil = FieldCodec::decodeDate(r.text(u"valid_until"));
    q.paymentTerms = r.text(u"payment_terms");
    q.notes = r.text(u"notes");
    q.sentAt = r.integer(u"sent_at");
    q.decidedAt = r.integer(u"decided_at");
    q.previousId = r.text(u"previous_id");
    q.ownerId = r.text(u"owner_id");
    q.createdAt = r.createdAt();
    q.updatedAt = r.updatedAt();
    q.deleted = r.deleted();
    return q;
}

RecordValues valuesOf(const Quote& q) {
    RecordValues v(RecordType::quotes());
    v.set(u"number", q.number)
        .set(u"revision", q.revision)
        .reference(u"opportunity_id", q.opportunityId)
        .reference(u"account_id", q.accountId)
        .reference(u"contact_id", q.contactId)
        .set(u"title", q.title)
        .set(u"currency", q.currency)
        .reference(u"price_list_id", q.priceListId)
        .set(u"status", quoteStatusKey(q.status))
        .set(u"valid_until", FieldCodec::encode(q.validUntil))
        .set(u"payment_terms", q.paymentTerms)
        .set(u"notes", q.notes)
        .set(u"sent_at", q.sentAt)
        .set(u"decided_at", q.decidedAt)
        .reference(u"previous_id", q.previousId)
        .reference(u"owner_id", q.ownerId);
    return v;
}

QuoteLine toLine(const RecordRow& r) {
    QuoteLine l;
    l.id = r.id();
    l.quoteId = r.text(u"quote_id");
    l.position = r.integer(u"position");
    if (!parseQuoteLineKind(r.text(u"kind"), &l.kind))
        l.kind = QuoteLine::Kind::Note;
    l.productId = r.text(u"product_id");
    l.description = r.text(u"description");
    l.unit = r.text(u"unit");
    l.amounts.quantity = Decimal4{r.integer(u"quantity")};
    l.amounts.unitPrice = r.integer(u"unit_price");
    setStoredDiscount(l.amounts, r.text(u"discount_kind"), r.integer(u"discount"));
    l.amounts.taxRate = Decimal4{r.integer(u"tax_rate")};
    l.ownerId = r.text(u"owner_id");
    l.deleted = r.deleted();
    return l;
}

RecordValues valuesOf(const QuoteLine& l) {
    const QuoteLineInput& a = l.amounts;
    RecordValues v(RecordType::quoteLines());
    v.set(u"quote_id", l.quoteId)
        .set(u"position", l.position)
        .set(u"kind", quoteLineKindKey(l.kind))
        .reference(u"product_id", l.productId)
        .set(u"description", l.description)
        .set(u"quantity", a.quantity.raw)
        .set(u"unit", l.unit)
        .set(u"unit_price", a.unitPrice)
        .set(u"discount_kind", discountKey(a.discount))
        .set(u"discount", storedDiscount(a))
        .set(u"tax_rate", a.taxRate.raw)
        .reference(u"owner_id", l.ownerId);
    return v;
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

/// Items need a description or a product and amounts computeLine() accepts; the others a text.
Result<void> checkLine(QuoteLine& l) {
    l.description = l.description.trimmed();
    if (l.kind != QuoteLine::Kind::Item) {
        if (l.description.isEmpty())
            return refuse(QT_TRANSLATE_NOOP("QuoteRepository", "A section or note needs a text."));
        l.amounts = QuoteLineInput{Decimal4{}, 0, QuoteLineInput::Discount::None, {}, 0, {}};
        l.productId.clear();
        l.unit.clear();
        return {};
    }
    if (l.description.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("QuoteRepository", "A quote line needs a description."));
    auto totals = computeLine(l.amounts);
    if (!totals)
        return std::unexpected(totals.error());
    if (l.amounts.discount != QuoteLineInput::Discount::Percent)
        l.amounts.discountPercent = {};
    if (l.amounts.discount != QuoteLineInput::Discount::Amount)
        l.amounts.discountAmount = 0;
    return {};
}

} // namespace

QuoteRepository::QuoteRepository(Database& db)
    : m_db(db) {}

Result<Quote> QuoteRepository::get(const QString& id) const {
    auto list = listOf<Quote>(m_db, RecordType::quotes(), u"WHERE id = ?"_s, {id}, u"load quote"_s, toQuote);
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::NotFound,
                    translated(QT_TRANSLATE_NOOP("QuoteRepository", "The quote no longer exists.")), id);
    return list->first();
}

Result<QList<Quote>> QuoteRepository::all() const {
    return listOf<Quote>(m_db, RecordType::quotes(), u"WHERE deleted = 0 "_s + kQuoteOrder, {}, u"list quotes"_s,
                         toQuote);
}

Result<QList<Quote>> QuoteRepository::forOpportunity(const QString& opportunityId) const {
    return listOf<Quote>(m_db, RecordType::quotes(), u"WHERE opportunity_id = ? AND deleted = 0 "_s + kQuoteOrder,
                         {opportunityId}, u"list quotes of an opportunity"_s, toQuote);
}

Result<QList<QuoteLine>> QuoteRepository::lines(const QString& quoteId) const {
    return listOf<QuoteLine>(m_db, RecordType::quoteLines(),
                             u"WHERE quote_id = ? AND deleted = 0 ORDER BY position, id"_s, {quoteId},
                             u"list quote lines"_s, toLine);
}

Result<QuoteTotals> QuoteRepository::totals(const QString& quoteId) const {
    auto list = lines(quoteId);
    if (!list)
        return std::unexpected(list.error());
    return computeQuote(itemAmounts(*list));
}

QString QuoteRepository::deviceTag() const {
    const QString assigned = m_db.setting(u"device_number"_s);
    if (!assigned.isEmpty())
        return u"D"_s + assigned;
    // Before the server numbers this device: 25 bits of a hash of the device id in Crockford's
    // base 32 (no I, L, O, U), after an X that no server-given tag starts with.
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray hash = QCryptographicHash::hash(m_db.deviceId().toUtf8(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(hash.at(i));
    QString tag = u"X"_s;
    for (int i = 0; i < 5; ++i, bits >>= 5)
        tag += QLatin1Char(kAlphabet[bits & 31]);
    return tag;
}

Result<QString> QuoteRepository::nextNumber(const QDate& date) {
    // Inside the caller's transaction, so two quotes never take one number.
    const qint64 next = m_db.setting(u"quote_counter"_s, u"0"_s).toLongLong() + 1;
    if (auto ok = m_db.setSetting(u"quote_counter"_s, QString::number(next)); !ok)
        return std::unexpected(ok.error());
    return u"Q-%1-%2-%3"_s.arg(date.year()).arg(deviceTag()).arg(next, 4, 10, QLatin1Char('0'));
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
    q.validUntil = today().addDays(kValidityDays);
    q.paymentTerms = m_db.setting(u"company/payment_terms"_s); // CompanyProfile::defaultPaymentTerms
    q.ownerId = ownerId.isEmpty() ? m_db.localUserId() : ownerId;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto number = nextNumber(today());
        if (!number)
            return std::unexpected(number.error());
        q.number = *number;
        auto saved = RecordWriter(m_db, RecordType::quotes()).save(q.id, valuesOf(q).list(), std::nullopt);
        if (!saved)
            return std::unexpected(saved.error());
        q.createdAt = saved->createdAt;
        q.updatedAt = saved->updatedAt;
        // The opportunity's product lines become the quote's first items, at the same prices.
        auto lines = OpportunityLineRepository(m_db).lines(opportunity->id);
        if (!lines)
            return std::unexpected(lines.error());
        CatalogRepository catalog(m_db);
        for (const OpportunityLine& from : std::as_const(*lines)) {
            QuoteLine line;
            line.quoteId = q.id;
            line.productId = from.productId;
            line.description = from.description;
            line.amounts = from.amounts;
            line.amounts.taxRate = {};
            if (!from.productId.isEmpty())
                if (auto product = catalog.product(from.productId)) {
                    line.unit = product->unit;
                    line.amounts.taxRate = product->taxRate;
                }
            if (auto copied = saveLine(line); !copied)
                return std::unexpected(copied.error());
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return q;
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
        auto saved = writer.save(next.id, valuesOf(next).list(), *stored);
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
    if (auto checked = checkLine(line); !checked)
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
        auto saved = writer.save(line.id, valuesOf(line).list(), *stored);
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

Result<Quote> QuoteRepository::transition(const QString& id, const QDate& day, QuoteStatus to) {
    Quote result;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto quote = get(id);
        if (!quote)
            return std::unexpected(quote.error());
        Quote q = *quote;
        if (q.deleted)
            return fail(ErrorCode::NotFound,
                        translated(QT_TRANSLATE_NOOP("QuoteRepository", "The quote was deleted.")));
        const QuoteStatus from = q.effectiveStatus(day);
        const QString number = q.displayNumber();
        switch (to) {
        case QuoteStatus::Sent: {
            if (from != QuoteStatus::Draft)
                return fail(ErrorCode::InvalidInput,
                            QCoreApplication::translate("QuoteRepository", "Quote %1 was already sent.").arg(number));
            auto list = lines(id);
            if (!list)
                return std::unexpected(list.error());
            const auto items = itemAmounts(*list);
            if (items.isEmpty())
                return fail(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository", "Quote %1 has no items to send.").arg(number));
            if (auto totals = computeQuote(items); !totals)
                return std::unexpected(totals.error());
            if (!q.validUntil.isValid() || q.validUntil < day)
                return fail(ErrorCode::InvalidInput,
                            QCoreApplication::translate("QuoteRepository",
                                                        "Quote %1 is valid only until %2; choose a later date "
                                                        "before sending it.")
                                .arg(number, FieldCodec::encode(q.validUntil)));
            q.sentAt = Clock::nowMs();
            break;
        }
        case QuoteStatus::Accepted:
        case QuoteStatus::Rejected:
        case QuoteStatus::Expired:
            if (to == QuoteStatus::Accepted && from == QuoteStatus::Expired)
                return fail(ErrorCode::InvalidInput,
                            QCoreApplication::translate("QuoteRepository",
                                                        "Quote %1 was valid only until %2; make a new revision "
                                                        "with a new validity date.")
                                .arg(number, FieldCodec::encode(q.validUntil)));
            if (q.status != QuoteStatus::Sent || (to == QuoteStatus::Expired && from != QuoteStatus::Expired))
                return fail(ErrorCode::InvalidInput,
                            QCoreApplication::translate("QuoteRepository",
                                                        "Quote %1 is %2; only a sent quote can be accepted, "
                                                        "rejected or expire.")
                                .arg(number, quoteStatusName(from).toLower()));
            q.decidedAt = Clock::nowMs();
            break;
        case QuoteStatus::Draft:
        case QuoteStatus::Superseded:
            Q_UNREACHABLE();
        }
        q.status = to;
        RecordWriter writer(m_db, RecordType::quotes());
        auto stored = writer.load(id);
        if (!stored)
            return std::unexpected(stored.error());
        if (auto saved = writer.save(id, valuesOf(q).list(), *stored); !saved)
            return std::unexpected(saved.error());

        if (to == QuoteStatus::Accepted && !q.opportunityId.isEmpty()) {
            OpportunityRepository opportunities(m_db);
            auto opportunity = opportunities.get(q.opportunityId);
            if (!opportunity)
                return std::unexpected(opportunity.error());
            auto totals = this->totals(id);
            if (!totals)
                return std::unexpected(totals.error());
            auto pipeline = PipelineRepository(m_db).pipeline(opportunity->pipeline);
            if (!pipeline)
                return std::unexpected(pipeline.error());
            if (!*pipeline)
                return fail(ErrorCode::InvalidInput,
                            QCoreApplication::translate("QuoteRepository",
                                                        "Quote %1 cannot win its opportunity: its pipeline no longer "
                                                        "exists.")
                                .arg(number));
            // What was sold becomes the opportunity's product lines (their total is the quote's
            // net total), so the amount the won opportunity keeps is the quote's.
            QList<OpportunityLine> sold;
            auto quoteLines = lines(id);
            if (!quoteLines)
                return std::unexpected(quoteLines.error());
            for (const QuoteLine& item : std::as_const(*quoteLines)) {
                if (item.kind != QuoteLine::Kind::Item)
                    continue;
                OpportunityLine line;
                line.productId = item.productId;
                line.description = item.description;
                line.amounts = item.amounts;
                line.amounts.taxRate = {};
                sold.append(line);
            }
            if (auto replaced = OpportunityLineRepository(m_db).replace(opportunity->id, sold); !replaced)
                return std::unexpected(replaced.error());
            opportunity = opportunities.get(q.opportunityId); // its amount is the lines' now
            if (!opportunity)
                return std::unexpected(opportunity.error());
            Opportunity won = *opportunity;
            won.stage = (*pipeline)->won().key;
            won.amount = totals->net;
            won.currency = q.currency;
            won.closeDate = day;
            if (won.closeReason.isEmpty())
                won.closeReason = QCoreApplication::translate("QuoteRepository", "Quote %1 accepted").arg(number);
            if (auto saved = opportunities.save(won, OpportunityRepository::ClosingDate::AsGiven); !saved)
                return std::unexpected(saved.error());
        }
        result = q;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<Quote> QuoteRepository::send(const QString& id, const QDate& day) {
    return transition(id, day, QuoteStatus::Sent);
}

Result<Quote> QuoteRepository::accept(const QString& id, const QDate& day) {
    return transition(id, day, QuoteStatus::Accepted);
}

Result<Quote> QuoteRepository::reject(const QString& id) {
    return transition(id, today(), QuoteStatus::Rejected);
}

Result<int> QuoteRepository::expireOverdue(const QDate& day) {
    QStringList overdue;
    auto ok = forEachRecord(m_db, RecordType::quotes(),
                            u"SELECT "_s + recordColumns(RecordType::quotes()) +
                                u" FROM quotes WHERE status = 'sent' AND deleted = 0 AND valid_until <> '' "
                                u"AND valid_until < ?"_s,
                            {FieldCodec::encode(day)}, u"find overdue quotes"_s,
                            [&](const RecordRow& r) { overdue.append(r.id()); });
    if (!ok)
        return std::unexpected(ok.error());
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const QString& id : std::as_const(overdue))
            if (auto r = transition(id, day, QuoteStatus::Expired); !r)
                return std::unexpected(r.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return int(overdue.size());
}

Result<Quote> QuoteRepository::revise(const QString& id) {
    Quote next;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto quote = get(id);
        if (!quote)
            return std::unexpected(quote.error());
        const Quote& q = *quote;
        if (q.status == QuoteStatus::Draft)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("QuoteRepository", "Quote %1 is still a draft; change it directly.")
                            .arg(q.displayNumber()));
        if (q.status == QuoteStatus::Accepted || q.status == QuoteStatus::Superseded)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("QuoteRepository", "Quote %1 is %2 and cannot be revised.")
                            .arg(q.displayNumber(), quoteStatusName(q.status).toLower()));
        auto latest = m_db.connection().scalar(u"SELECT max(revision) FROM quotes WHERE number = ? AND deleted = 0"_s,
                                               {q.number}, u"find latest revision"_s);
        if (!latest)
            return std::unexpected(latest.error());
        if (latest->toInt() != q.revision)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("QuoteRepository",
                                                    "Quote %1 already has a newer revision; revise that one.")
                            .arg(q.displayNumber()));
        auto list = lines(id);
        if (!list)
            return std::unexpected(list.error());

        RecordWriter quotes(m_db, RecordType::quotes());
        if (q.status == QuoteStatus::Sent) {
            Quote old = q;
            old.status = QuoteStatus::Superseded;
            auto stored = quotes.load(id);
            if (!stored)
                return std::unexpected(stored.error());
            if (auto saved = quotes.save(id, valuesOf(old).list(), *stored); !saved)
                return std::unexpected(saved.error());
        }
        next = q;
        next.id = createUuid7();
        next.revision = q.revision + 1;
        next.status = QuoteStatus::Draft;
        next.sentAt = 0;
        next.decidedAt = 0;
        next.previousId = q.id;
        next.ownerId = m_db.localUserId();
        if (!next.validUntil.isValid() || next.validUntil < today())
            next.validUntil = today().addDays(kValidityDays);
        auto saved = quotes.save(next.id, valuesOf(next).list(), std::nullopt);
        if (!saved)
            return std::unexpected(saved.error());
        next.createdAt = saved->createdAt;
        next.updatedAt = saved->updatedAt;
        RecordWriter lineWriter(m_db, RecordType::quoteLines());
        for (QuoteLine line : std::as_const(*list)) {
            line.id = createUuid7();
            line.quoteId = next.id;
            line.ownerId = next.ownerId;
            if (auto r = lineWriter.save(line.id, valuesOf(line).list(), std::nullopt); !r)
                return std::unexpected(r.error());
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return next;
}

} // namespace Fieldbook
