#include "QuoteDelivery.h"

#include "store/records/ContactRepository.h"

namespace Fieldbook {

QuoteDelivery::QuoteDelivery(Database& db)
    : m_db(db) {}

Result<QString> QuoteDelivery::recipient(const Quote& quote) const {
    if (quote.contactId.isEmpty())
        return QString();
    auto contact = ContactRepository(m_db).get(quote.contactId);
    if (!contact)
        return contact.error().code == ErrorCode::NotFound ? Result<QString>(QString())
                                                           : std::unexpected(contact.error());
    if (contact->deleted || contact->emails.isEmpty())
        return QString();
    return contact->emails.first().value;
}

} // namespace Fieldbook
