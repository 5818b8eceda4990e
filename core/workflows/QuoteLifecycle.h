#pragma once

#include "common/Error.h"
#include "domain/Activity.h"
#include "domain/Quote.h"

namespace Fieldbook {

class Database;

/// What happens to a quote once it is written (docs/workflows.md): draft -> sent, which locks it;
/// sent -> accepted (its opportunity won), rejected or expired; a new draft revision of a sent,
/// rejected or expired quote. Each step is one transaction; a refused step changes nothing.
///
/// Accepting a quote marks its opportunity won with the quote's net total (before tax: pipeline,
/// forecast and quota are measured net of tax), its product lines replaced by the quote's items.
/// Changing a sent quote means revise(): a new draft revision with a copy of the lines, while the
/// sent one is kept unchanged as superseded.
class QuoteLifecycle final {
public:
    explicit QuoteLifecycle(Database& db);

    /// Why send() would refuse the quote on `today`, checked before the document goes anywhere:
    /// it needs at least one item and a validity date not past.
    [[nodiscard]] Result<void> checkSendable(const QString& id, const QDate& today) const;
    /// draft -> sent, which locks it.
    [[nodiscard]] Result<Quote> send(const QString& id, const QDate& today);
    /// send(), and in the same transaction an activity of `kind` with `notes` on the customer's
    /// timeline: an e-mail when the mail program took the quote, a note when it was saved to be
    /// passed on. The activity belongs to the quote's account and contact while they exist.
    [[nodiscard]] Result<Quote> markSent(const QString& id, const QDate& today, ActivityKind kind,
                                         const QString& notes);
    /// sent -> accepted, within its validity; the opportunity becomes won with the quote's net
    /// total, its product lines replaced by the quote's items (what was sold).
    [[nodiscard]] Result<Quote> accept(const QString& id, const QDate& today);
    /// sent -> rejected.
    [[nodiscard]] Result<Quote> reject(const QString& id);
    /// Marks every sent quote whose validity date is before `today` expired; returns how many.
    [[nodiscard]] Result<int> expireOverdue(const QDate& today);

    /// Why revise() would refuse the quote: a draft, an accepted or superseded quote, or one that
    /// already has a newer revision.
    [[nodiscard]] Result<void> checkRevisable(const QString& id) const;
    /// A new draft revision of a sent, rejected or expired quote, with a copy of its lines; a sent
    /// quote becomes superseded. Accepted quotes are final.
    [[nodiscard]] Result<Quote> revise(const QString& id);

private:
    [[nodiscard]] Result<Quote> transition(const QString& id, const QDate& today, QuoteStatus to);
    [[nodiscard]] Result<void> winOpportunity(const Quote& quote, const QDate& today);

    Database& m_db;
};

} // namespace Fieldbook
