#pragma once

#include "common/Error.h"
#include "domain/Quote.h"

namespace Fieldbook {

class Database;

/// A quote on its way to the customer: the address it goes to. Marking it sent, with the note on
/// the customer's timeline, is workflows/QuoteLifecycle::markSent.
class QuoteDelivery final {
public:
    explicit QuoteDelivery(Database& db);

    /// The first e-mail address of the quote's contact; empty without a contact or an address.
    [[nodiscard]] Result<QString> recipient(const Quote& quote) const;

private:
    Database& m_db;
};

} // namespace Fieldbook
