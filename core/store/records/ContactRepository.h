#pragma once

#include "DuplicateCandidate.h"
#include "common/Error.h"
#include "domain/Contact.h"

#include <QVariant>

#include <optional>
#include <utility>

namespace Fieldbook {

class Database;

/// Reads and writes contacts; the only write path for them (outbox, search index and match keys
/// are updated in the same transaction).
class ContactRepository final {
public:
    explicit ContactRepository(Database& db);

    /// The contact, tombstoned or not; NotFound when the id is unknown.
    [[nodiscard]] Result<Contact> get(const QString& id) const;
    [[nodiscard]] Result<std::optional<Contact>> findByExternalId(const QString& externalId) const;
    [[nodiscard]] Result<QList<Contact>> forAccount(const QString& accountId) const;
    [[nodiscard]] Result<int> count() const;
    /// Live contacts that have `email` among their addresses (compared like duplicates are); for imports.
    [[nodiscard]] Result<QList<Contact>> findByEmail(const QString& email) const;
    /// Up to `limit` live contacts in storage order after the row `afterRid` (0: from the start);
    /// `*lastRid` receives the cursor for the next page. Exports stream with it.
    [[nodiscard]] Result<QList<Contact>> page(qint64 afterRid, int limit, qint64* lastRid) const;

    /// Checks and normalises a contact: a name, valid e-mails, normalised phones, a live account.
    [[nodiscard]] Result<Contact> validate(Contact contact) const;
    /// Validates, then inserts (empty id) or updates. Returns the contact as stored.
    [[nodiscard]] Result<Contact> save(Contact contact);
    [[nodiscard]] Result<void> remove(const QString& id);
    [[nodiscard]] Result<void> restore(const QString& id);

    /// Live contacts with the same e-mail or phone, or a very similar name at the same account.
    [[nodiscard]] Result<QList<DuplicateCandidate>> findDuplicates(const Contact& contact) const;

private:
    Database& m_db;
};

} // namespace Fieldbook
