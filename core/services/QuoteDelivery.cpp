#include "QuoteDelivery.h"

#include "common/Clock.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/QuoteRepository.h"

#include <QCoreApplication>

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

Result<Quote> QuoteDelivery::markSent(const QString& quoteId, const QDate& today, ActivityKind kind,
                                      const QString& notes) {
    Quote sent;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto quote = QuoteRepository(m_db).send(quoteId, today);
        if (!quote)
            return std::unexpected(quote.error());
        sent = *quote;
        Activity activity;
        activity.kind = kind;
        activity.subject = sent.title.isEmpty()
                               ? QCoreApplication::translate("QuoteDelivery", "Quote %1 sent").arg(sent.displayNumber())
                               : QCoreApplication::translate("QuoteDelivery", "Quote %1 sent: %2")
                                     .arg(sent.displayNumber(), sent.title);
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

} // namespace Fieldbook
