#pragma once

#include "Quote.h"

namespace Fieldbook {

/// How long a new quote is valid, in days.
constexpr int kQuoteValidityDays = 30;

/// Checks a line before it is stored and puts it in its stored form: items need a description and
/// amounts computeLine() accepts (only the discount kind's value is kept); sections and notes need
/// a text and keep no amounts, product or unit.
[[nodiscard]] Result<void> checkQuoteLine(QuoteLine& line);

/// Whether a quote may become accepted, rejected or expired on `today`: only a sent one can, and
/// one past its validity date cannot be accepted.
[[nodiscard]] Result<void> checkQuoteDecision(const Quote& quote, const QDate& today, QuoteStatus to);

/// The draft that revises `quote` as `id`: the next revision number, owned by `ownerId`, neither
/// sent nor decided, and valid for kQuoteValidityDays from `today` if its date has passed.
[[nodiscard]] Quote nextRevision(const Quote& quote, const QString& id, const QString& ownerId, const QDate& today);

} // namespace Fieldbook
