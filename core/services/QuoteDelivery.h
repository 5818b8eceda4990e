#pragma once

#include "common/Error.h"
#include "domain/Activity.h"
#include "domain/Quote.h"

namespace Fieldbook {

class Database;

/// A quote on its way to the customer: the address it goes to, and the step that marks it sent
/// and notes that on the customer's timeline, in one transaction.
class QuoteDelivery final {
public:
    explicit QuoteDelivery(Database& db);

    /// The first e-mail address of the quote's contact; empty without a contact or an address.
    [[nodiscard]] Result<QString> recipient(const Quote& quote) const;
    /// Marks the quote sent on `today` (QuoteRepository::send) and logs an activity of `kind` with
    /// `notes`: an e-mail when the mail program took it, a note when it was saved to be passed on.
    /// The activity belongs to the quote's account and contact while they exist.
    [[nodiscard]] Result<Quote> markSent(const QString& quoteId, const QDate& today, ActivityKind kind,
                                         const QString& notes);

private:
    Database& m_db;
};

} // namespace Fieldbook
