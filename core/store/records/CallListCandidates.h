#pragma once

#include "common/Error.h"
#include "domain/CallList.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace Fieldbook {

class Database;

/// Which contacts, leads or accounts a call list is built from (docs/telesales.md, Building a list); an
/// empty criterion does not filter.
struct CallListFilter {
    QString industry; ///< the account's industry key ("manufacturing")
    QString region;   ///< the person's or the account's region or country, ignoring case
    QString tag;      ///< contacts and accounts: a tag
    QString ownerId;
    QDate notContactedSince; ///< no activity on or after this day
    QString leadStatus;      ///< leads: the status key ("new", "working")
    QStringList ids;         ///< only these records (a selection)
    /// Contacts: only those at these accounts; accounts: only these (an RFM segment's:
    /// CallListBuilder::segmentAccounts).
    std::optional<QStringList> accountIds;
};

/// A person a list could call: their numbers as stored and whether they asked not to be called.
struct CallCandidate {
    QString contactId;
    QString leadId;
    QString accountId;
    QString name;
    QStringList phones;
    bool doNotCall = false;
};

/// Reads the candidates of a call list from the store (the SQL side of CallListBuilder).
class CallListCandidates final {
public:
    explicit CallListCandidates(Database& db);

    /// The live contacts (`source` Contacts or Selection), unconverted leads (Leads) or accounts
    /// (Accounts) that `filter` keeps, in the order they were added.
    [[nodiscard]] Result<QList<CallCandidate>> read(CallListSource source, const CallListFilter& filter) const;
    /// Every number a contact or lead who asked not to be called has, as stored.
    [[nodiscard]] Result<QStringList> doNotCallNumbers() const;
    /// The contact or lead whose number ends in the same nine digits as `phone` (RecordKeys);
    /// an empty candidate when none.
    [[nodiscard]] Result<CallCandidate> byNumber(const QString& phone) const;

private:
    [[nodiscard]] Result<QList<CallCandidate>> contacts(const CallListFilter& filter) const;
    [[nodiscard]] Result<QList<CallCandidate>> leads(const CallListFilter& filter) const;
    /// Accounts, called on their own numbers (the switchboard); an account has no do-not-call flag,
    /// but the numbers of its people who asked not to be called are left out all the same.
    [[nodiscard]] Result<QList<CallCandidate>> accounts(const CallListFilter& filter) const;

    Database& m_db;
};

} // namespace Fieldbook
