#pragma once

#include "DemoSizes.h"

#include "domain/Account.h"
#include "domain/Activity.h"
#include "domain/Contact.h"
#include "domain/Lead.h"
#include "domain/User.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace Fieldbook {

struct DemoWordLists;
class DemoRandom;

/// Realistic demo records (about 30 % Chinese, 70 % Western), pure and deterministic: every record depends
/// only on (seed, nowMs, index) and the records passed in, so batches can be generated in any order or in
/// parallel (after users() has been called; the const functions are thread-safe).
class DemoGenerator final {
public:
    DemoGenerator(quint64 seed, qint64 nowMs);

    /// The sales team; the first user is the manager, the others reps (and, from 10 users on, team leads).
    /// Also becomes the pool of owners for later records; until called, a team of DemoSizes{}.users is used.
    QList<User> users(int count);
    /// The owners currently in use (the last users() result).
    const QList<User>& owners() const { return m_users; }

    Account account(int index) const;
    /// Same as account(index).id, without generating the whole record.
    QString accountId(int index) const;
    /// A contact working at `account`, whose owner is usually the account's.
    Contact contact(int index, const Account& account) const;
    /// An activity with `contact` (and its account), between two years before now and a few weeks ahead.
    Activity activity(int index, const Contact& contact) const;
    /// A lead: a person at a company that is not necessarily a customer yet (Chinese in the same share
    /// as contacts), captured within the past year from the usual sources and owned by a rep of the
    /// company's country. Mostly new or being worked on, some qualified, some disqualified with a reason;
    /// never converted (that needs the account, contact and opportunity it became).
    Lead lead(int index) const;

    /// A skewed but complete distribution: every account gets a contact first (index < accountCount),
    /// then some accounts get many more.
    int accountIndexForContact(int contactIndex, int accountCount) const;
    /// The same for activities over contacts.
    int contactIndexForActivity(int activityIndex, int contactCount) const;

    qint64 nowMs() const { return m_nowMs; }

private:
    struct Person {
        QString firstName;
        QString lastName;
        QString firstAscii;
        QString lastAscii;
        bool chinese = false;
    };

    Person person(DemoRandom& random, bool chinese) const;
    QString ownerFor(DemoRandom& random, const QString& countryCode) const;
    QString email(DemoRandom& random, const Person& who, QStringView domain) const;
    PostalAddress address(DemoRandom& random, qsizetype city, bool chinese) const;
    qsizetype cityOf(const PostalAddress& address, bool chinese) const;
    void nameCompany(DemoRandom& random, int index, bool chinese, qsizetype city, Account& account,
                     QString& domain) const;
    qint64 activityStart(DemoRandom& random, ActivityKind kind, const Contact& contact, bool* future) const;

    quint64 m_seed;
    qint64 m_nowMs;
    QDate m_today;
    const DemoWordLists& m_lists;
    QList<User> m_users;
    QList<int> m_reps; ///< indexes into m_users
    QHash<QString, QList<int>> m_repsByCountry;
    QHash<QString, qsizetype> m_westernCityByName;
    QHash<QString, qsizetype> m_chineseCityByName;
};

} // namespace Fieldbook
