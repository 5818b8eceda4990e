#include "QuoteRules.h"

#include <QCoreApplication>

namespace Fieldbook {

// The messages keep the QuoteRepository context: the repository is where users meet them.

Result<void> checkQuoteLine(QuoteLine& l) {
    l.description = l.description.trimmed();
    if (l.kind != QuoteLine::Kind::Item) {
        if (l.description.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("QuoteRepository", "A section or note needs a text."));
        l.amounts = QuoteLineInput{Decimal4{}, 0, QuoteLineInput::Discount::None, {}, 0, {}};
        l.productId.clear();
        l.unit.clear();
        return {};
    }
    if (l.description.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository", "A quote line needs a description."));
    auto totals = computeLine(l.amounts);
    if (!totals)
        return std::unexpected(totals.error());
    if (l.amounts.discount != QuoteLineInput::Discount::Percent)
        l.amounts.discountPercent = {};
    if (l.amounts.discount != QuoteLineInput::Discount::Amount)
        l.amounts.discountAmount = 0;
    return {};
}

Result<void> checkQuoteDecision(const Quote& q, const QDate& day, QuoteStatus to) {
    const QuoteStatus from = q.effectiveStatus(day);
    const QString number = q.displayNumber();
    if (to == QuoteStatus::Accepted && from == QuoteStatus::Expired)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository",
                                                "Quote %1 was valid only until %2; make a new revision with a new "
                                                "validity date.")
                        .arg(number, q.validUntil.toString(Qt::ISODate)));
    if (q.status != QuoteStatus::Sent || (to == QuoteStatus::Expired && from != QuoteStatus::Expired))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteRepository",
                                                "Quote %1 is %2; only a sent quote can be accepted, rejected or "
                                                "expire.")
                        .arg(number, quoteStatusName(from).toLower()));
    return {};
}

Quote nextRevision(const Quote& quote, const QString& id, const QString& ownerId, const QDate& today) {
    Quote next = quote;
    next.id = id;
    next.revision = quote.revision + 1;
    next.status = QuoteStatus::Draft;
    next.sentAt = 0;
    next.decidedAt = 0;
    next.previousId = quote.id;
    next.ownerId = ownerId;
    if (!next.validUntil.isValid() || next.validUntil < today)
        next.validUntil = today.addDays(kQuoteValidityDays);
    return next;
}

} // namespace Fieldbook
