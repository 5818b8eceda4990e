#include "QuoteLifecycle.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/QuoteRules.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Fieldbook {

// The messages keep the translation contexts of the classes they came from (QuoteRepository,
// QuoteDelivery), as domain/QuoteRules does: that is where users met them.

namespace {

QDate today() {
    return QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).date();
}

std::unexpected<Error> quoteDeleted() {
    return fail(ErrorCode::NotFound, QCoreApplication::translate("QuoteRepository", "The quote was deleted."));
}

/// "Quote Q-… sent: title", the subject of the timeline entry of a sent quote.
QString sentSubject(const Quote& q) {
    return q.title.isEmpty()
               ? QCoreApplication::translate("QuoteDelivery", "Quote %1 sent").arg(q.displayNumber())
               : QCoreApplication::translate("QuoteDelivery", "Quote %1 sent: %2").arg(q.displayNumber(), q.title);
}

} // namespace

QuoteLifecycle::QuoteLifecycle(Database& db)
    : m_db(db) {}

Result<void> QuoteLifecycle::checkSendable(const QString& id, const QDate& day) const {
    QuoteRepository quotes(m_db);
    auto quote = quotes.get(id);
    if (!quote)
        return std::unexpected(quote.error());
    const Quote& q = *quote;
    const QString number = q.displayNumber();
    if (q.deleted)
        return quoteDeleted();
    if (q.status != QuoteStatus::Draft)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository", "Quote %1 was already sent.").arg(number));
    auto list = quotes.lines(id);
    if (!list)
        return std::unexpected(list.error());
    const auto items = itemAmounts(*list);
    if (items.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository", "Quote %1 has no items to send.").arg(number));
    if (auto totals = computeQuote(items); !totals)
        return std::unexpected(totals.error());
    if (!q.validUntil.isValid() || q.validUntil < day)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository",
                                                "Quote %1 is valid only until %2; choose a later date before sending "
                                                "it.")
                        .arg(number, q.validUntil.toString(Qt::ISODate)));
    return {};
}

Result<Quote> QuoteLifecycle::transition(const QString& id, const QDate& day, QuoteStatus to) {
    Q_ASSERT(to != QuoteStatus::Draft && to != QuoteStatus::Superseded);
    Quote result;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto quote = QuoteRepository(m_db).get(id);
        if (!quote)
            return std::unexpected(quote.error());
        Quote q = *quote;
        if (q.deleted)
            return quoteDeleted();
        auto allowed = to == QuoteStatus::Sent ? checkSendable(id, day) : checkQuoteDecision(q, day, to);
        if (!allowed)
            return std::unexpected(allowed.error());
        (to == QuoteStatus::Sent ? q.sentAt : q.decidedAt) = Clock::nowMs();
        q.status = to;
        if (auto stored = QuoteRepository(m_db).storeStatus(q); !stored)
            return stored;
        if (to == QuoteStatus::Accepted && !q.opportunityId.isEmpty())
            if (auto won = winOpportunity(q, day); !won)
                return won;
        result = q;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<void> QuoteLifecycle::winOpportunity(const Quote& q, const QDate& day) {
    // What was sold becomes the opportunity's product lines (their total is the quote's net
    // total), so the amount the won opportunity keeps is the quote's.
    auto quoteLines = QuoteRepository(m_db).lines(q.id);
    if (!quoteLines)
        return std::unexpected(quoteLines.error());
    QList<OpportunityLine> sold;
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
    auto won = OpportunityRepository(m_db).markWon(
        q.opportunityId, sold, q.currency, day,
        QCoreApplication::translate("QuoteRepository", "Quote %1 accepted").arg(q.displayNumber()));
    if (!won)
        return std::unexpected(won.error());
    return {};
}

Result<Quote> QuoteLifecycle::send(const QString& id, const QDate& day) {
    return transition(id, day, QuoteStatus::Sent);
}

Result<Quote> QuoteLifecycle::markSent(const QString& id, const QDate& day, ActivityKind kind, const QString& notes) {
    Quote sent;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto quote = send(id, day);
        if (!quote)
            return std::unexpected(quote.error());
        sent = *quote;
        Activity activity;
        activity.kind = kind;
        activity.subject = sentSubject(sent);
        activity.notes = notes;
        activity.startsAt = Clock::nowMs();
        activity.done = true;
        // A customer deleted meanwhile (or out of this device's scope) gets no timeline entry.
        if (auto account = AccountRepository(m_db).get(sent.accountId); account && !account->deleted)
            activity.accountId = account->id;
        if (auto contact = ContactRepository(m_db).get(sent.contactId); contact && !contact->deleted)
            activity.contactId = contact->id;
        if (activity.accountId.isEmpty() && activity.contactId.isEmpty())
            return {};
        if (auto logged = ActivityRepository(m_db).save(activity); !logged)
            return std::unexpected(logged.error());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return sent;
}

Result<Quote> QuoteLifecycle::accept(const QString& id, const QDate& day) {
    return transition(id, day, QuoteStatus::Accepted);
}

Result<Quote> QuoteLifecycle::reject(const QString& id) {
    return transition(id, today(), QuoteStatus::Rejected);
}

Result<int> QuoteLifecycle::expireOverdue(const QDate& day) {
    auto overdue = QuoteRepository(m_db).overdueIds(day);
    if (!overdue)
        return std::unexpected(overdue.error());
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const QString& id : std::as_const(*overdue))
            if (auto r = transition(id, day, QuoteStatus::Expired); !r)
                return std::unexpected(r.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return int(overdue->size());
}

Result<void> QuoteLifecycle::checkRevisable(const QString& id) const {
    QuoteRepository quotes(m_db);
    auto quote = quotes.get(id);
    if (!quote)
        return std::unexpected(quote.error());
    const Quote& q = *quote;
    if (q.status == QuoteStatus::Draft)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository", "Quote %1 is still a draft; change it directly.")
                        .arg(q.displayNumber()));
    if (q.deleted || q.status == QuoteStatus::Accepted || q.status == QuoteStatus::Superseded)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository", "Quote %1 is %2 and cannot be revised.")
                        .arg(q.displayNumber(), quoteStatusName(q.status).toLower()));
    auto latest = quotes.latestRevision(q.number);
    if (!latest)
        return std::unexpected(latest.error());
    if (*latest != q.revision)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("QuoteRepository", "Quote %1 already has a newer revision; revise that one.")
                .arg(q.displayNumber()));
    return {};
}

Result<Quote> QuoteLifecycle::revise(const QString& id) {
    Quote next;
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto revisable = checkRevisable(id); !revisable)
            return revisable;
        QuoteRepository quotes(m_db);
        auto quote = quotes.get(id);
        if (!quote)
            return std::unexpected(quote.error());
        auto list = quotes.lines(id);
        if (!list)
            return std::unexpected(list.error());
        if (quote->status == QuoteStatus::Sent) {
            Quote old = *quote;
            old.status = QuoteStatus::Superseded;
            if (auto stored = quotes.storeStatus(old); !stored)
                return stored;
        }
        auto stored = quotes.storeRevision(nextRevision(*quote, createUuid7(), m_db.localUserId(), today()), *list);
        if (!stored)
            return std::unexpected(stored.error());
        next = *stored;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return next;
}

} // namespace Fieldbook
