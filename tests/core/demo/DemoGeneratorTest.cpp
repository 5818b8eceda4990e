#include "MarkingTranslator.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoSales.h"
#include "demo/DemoWordLists.h"
#include "domain/Industry.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

#include <ctime>
#include <iostream>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 nowMs = 1'736'899'200'000; // 2025-01-15T00:00:00Z
constexpr qint64 day = 24LL * 60 * 60 * 1000;
constexpr qint64 twoYears = 2 * 365 * day;

struct DataSet {
    QList<User> users;
    QList<Account> accounts;
    QList<Contact> contacts;
    QList<Activity> activities;
};

DataSet generate(quint64 seed, const DemoSizes& sizes) {
    DemoGenerator generator(seed, nowMs);
    DataSet data;
    data.users = generator.users(sizes.users);
    for (int i = 0; i < sizes.accounts; ++i)
        data.accounts.append(generator.account(i));
    for (int i = 0; i < sizes.contacts; ++i)
        data.contacts.append(
            generator.contact(i, data.accounts.at(generator.accountIndexForContact(i, sizes.accounts))));
    for (int i = 0; i < sizes.activities; ++i)
        data.activities.append(
            generator.activity(i, data.contacts.at(generator.contactIndexForActivity(i, sizes.contacts))));
    return data;
}

bool isChinese(const QString& text) {
    return !text.isEmpty() && text.front().unicode() >= 0x3400 && text.front().unicode() <= 0x9FFF;
}

bool isPlausibleEmail(const QString& email) {
    for (const QChar c : email) {
        if (c.unicode() > 0x7E || c.isSpace())
            return false;
    }
    const QStringList parts = email.split(u'@');
    if (parts.size() != 2 || parts.at(0).isEmpty())
        return false;
    const QString& domain = parts.at(1);
    return domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.') && !parts.at(0).startsWith(u'.');
}

} // namespace

TEST_CASE("the demo word lists are embedded as resources and none is empty", "[demo]") {
    CHECK(QFile::exists(u":/demo/chinese_surnames.txt"_s));
    const DemoWordLists& lists = DemoWordLists::instance();
    INFO(lists.problems.join(u", "_s).toStdString());
    CHECK(lists.problems.isEmpty());
    CHECK(lists.chineseSurnames.size() >= 100);
    CHECK(lists.chineseGivenNames.size() >= 200);
    CHECK(lists.chineseSurnames.first().text == u"王"_s);
    CHECK(lists.chineseSurnames.first().ascii == u"wang"_s);
    for (const auto& word : lists.westernCompanyWords) {
        for (const QString& industry : word.industries)
            CHECK(lists.industries.contains(industry));
    }
    for (const auto& suffix : lists.chineseCompanySuffixes) {
        for (const QString& industry : suffix.industries)
            CHECK(lists.industries.contains(industry));
    }
}

TEST_CASE("the same seed and clock produce identical records", "[demo]") {
    const DemoSizes sizes{8, 60, 300, 900};
    const DataSet a = generate(7, sizes);
    const DataSet b = generate(7, sizes);
    CHECK(a.users == b.users);
    CHECK(a.accounts == b.accounts);
    CHECK(a.contacts == b.contacts);
    CHECK(a.activities == b.activities);
}

TEST_CASE("a different seed produces different records", "[demo]") {
    const DemoSizes sizes{8, 20, 50, 100};
    const DataSet a = generate(7, sizes);
    const DataSet b = generate(8, sizes);
    int sameAccountNames = 0;
    for (int i = 0; i < sizes.accounts; ++i)
        sameAccountNames += a.accounts.at(i).name == b.accounts.at(i).name ? 1 : 0;
    CHECK(sameAccountNames < sizes.accounts / 2);
    CHECK(a.users.first().id != b.users.first().id);
    CHECK(a.contacts != b.contacts);
    CHECK(a.activities != b.activities);
}

TEST_CASE("a record depends only on its index, not on what was generated before", "[demo]") {
    DemoGenerator sequential(99, nowMs);
    sequential.users(8);
    QList<Account> accounts;
    for (int i = 0; i < 300; ++i)
        accounts.append(sequential.account(i));
    const Contact contact = sequential.contact(4321, accounts.at(250));
    const Activity activity = sequential.activity(98765, contact);

    DemoGenerator direct(99, nowMs);
    direct.users(8);
    CHECK(direct.account(250) == accounts.at(250));
    CHECK(direct.contact(4321, accounts.at(250)) == contact);
    CHECK(direct.activity(98765, contact) == activity);
    for (int i = 0; i < 300; ++i)
        CHECK(direct.accountId(i) == accounts.at(i).id);
}

TEST_CASE("about thirty percent of the contacts have Chinese names", "[demo]") {
    const DataSet data = generate(2024, {8, 1000, 5000, 0});
    int chineseAccounts = 0;
    for (const Account& account : data.accounts)
        chineseAccounts += account.currency == u"CNY"_s ? 1 : 0;
    int chineseNames = 0;
    for (const Contact& contact : data.contacts)
        chineseNames += isChinese(contact.lastName) ? 1 : 0;
    CHECK(chineseAccounts > 250);
    CHECK(chineseAccounts < 350);
    CHECK(chineseNames > 5000 * 25 / 100);
    CHECK(chineseNames < 5000 * 35 / 100);
}

TEST_CASE("every generated e-mail address is plain ASCII with one at sign and a dotted domain", "[demo]") {
    const DataSet data = generate(5, {12, 300, 2000, 0});
    for (const User& user : data.users) {
        INFO(user.email.toStdString());
        CHECK(isPlausibleEmail(user.email));
    }
    int workEmails = 0;
    for (const Contact& contact : data.contacts) {
        for (const ContactPoint& email : contact.emails) {
            INFO(email.value.toStdString());
            CHECK(isPlausibleEmail(email.value));
            workEmails += email.type == u"work"_s ? 1 : 0;
        }
    }
    CHECK(workEmails > 2000 * 9 / 10);
    for (const Account& account : data.accounts) {
        INFO(account.website.toStdString());
        CHECK(account.website.startsWith(u"https://"_s));
        CHECK(isPlausibleEmail(u"x@"_s + account.website.mid(8)));
    }
}

TEST_CASE("activities fall within the two years before now and plans only a few weeks ahead", "[demo]") {
    const DataSet data = generate(11, {8, 100, 500, 4000});
    QHash<QString, qint64> contactCreated;
    for (const Contact& contact : data.contacts)
        contactCreated.insert(contact.id, contact.createdAt);
    int open = 0;
    int future = 0;
    for (const Activity& activity : data.activities) {
        CHECK(activity.startsAt >= nowMs - twoYears);
        CHECK(activity.startsAt <= nowMs + 31 * day);
        if (activity.startsAt > nowMs) {
            ++future;
            CHECK_FALSE(activity.done);
        }
        open += activity.done ? 0 : 1;
        CHECK(activity.createdAt <= nowMs);
        CHECK(activity.updatedAt >= activity.createdAt);
        CHECK(activity.updatedAt <= nowMs);
        CHECK(activity.createdAt > contactCreated.value(activity.contactId));
        CHECK(activity.durationMinutes >= 0);
        if (activity.kind == ActivityKind::Call)
            CHECK_FALSE(activity.outcome.isEmpty());
    }
    CHECK(open > 0);
    CHECK(future > 0);
    for (const Contact& contact : data.contacts) {
        CHECK(contact.createdAt < nowMs);
        CHECK(contact.updatedAt >= contact.createdAt);
    }
}

TEST_CASE("every owner, manager, account and parent reference points at a generated record", "[demo]") {
    for (const int userCount : {1, 8, 25}) {
        DemoGenerator generator(3, nowMs);
        const QList<User> users = generator.users(userCount);
        REQUIRE(users.size() == userCount);
        CHECK(users.first().role == UserRole::Manager);
        QSet<QString> userIds;
        QSet<QString> names;
        for (const User& user : users) {
            userIds.insert(user.id);
            names.insert(user.name);
        }
        CHECK(names.size() == userCount);
        for (const User& user : users.mid(1))
            CHECK(userIds.contains(user.managerId));
        QSet<QString> accountIds;
        for (int i = 0; i < 200; ++i) {
            const Account account = generator.account(i);
            CHECK(userIds.contains(account.ownerId));
            if (!account.parentId.isEmpty())
                CHECK(accountIds.contains(account.parentId));
            accountIds.insert(account.id);
            const Contact contact = generator.contact(i, account);
            CHECK(userIds.contains(contact.ownerId));
            CHECK(contact.accountId == account.id);
            const Activity activity = generator.activity(i, contact);
            CHECK(userIds.contains(activity.ownerId));
            CHECK(activity.contactId == contact.id);
            CHECK(activity.accountId == account.id);
        }
    }
}

TEST_CASE("money and head counts are never negative and currencies match the country", "[demo]") {
    DemoGenerator generator(17, nowMs);
    int withParent = 0;
    for (int i = 0; i < 2000; ++i) {
        const Account account = generator.account(i);
        CHECK(account.annualRevenue >= 10'000'000);                // 100k in cents
        CHECK(account.annualRevenue <= 5'000'000'000LL * 100 * 8); // 5bn dollars, in yuan at most
        CHECK(account.annualRevenue % 100 == 0);
        CHECK(account.employees > 0);
        const bool chinese = account.address.country == u"中国"_s;
        CHECK(account.currency == (chinese                                         ? u"CNY"_s
                                   : account.address.country == u"United States"_s ? u"USD"_s
                                                                                   : u"EUR"_s));
        REQUIRE_FALSE(account.phones.isEmpty());
        CHECK(account.phones.first().value.startsWith(chinese ? u"+86 "_s : u"+"_s));
        CHECK(account.externalId == u"ACC-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0')));
        withParent += account.parentId.isEmpty() ? 0 : 1;
    }
    CHECK(withParent > 120);
    CHECK(withParent < 280);
}

TEST_CASE("generated ids are unique UUIDv7 text and company names do not repeat early", "[demo]") {
    const DataSet data = generate(23, {8, 1000, 3000, 6000});
    static const QRegularExpression uuid7(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QSet<QString> ids;
    QSet<QString> accountNames;
    const auto check = [&](const QString& id) {
        CHECK(uuid7.match(id).hasMatch());
        ids.insert(id);
    };
    for (const User& user : data.users)
        check(user.id);
    for (const Account& account : data.accounts) {
        check(account.id);
        accountNames.insert(account.name);
    }
    for (const Contact& contact : data.contacts)
        check(contact.id);
    for (const Activity& activity : data.activities)
        check(activity.id);
    CHECK(ids.size() == 8 + 1000 + 3000 + 6000);
    // Names are unique by construction apart from an optional city prefix on Chinese names.
    CHECK(accountNames.size() >= 995);
}

// Golden values for seed 42: they catch accidental changes to the algorithm or the word lists. Changing
// a list or the generator on purpose changes them too; then updating the expected values below is expected.
TEST_CASE("seed 42 still generates the same golden records", "[demo]") {
    DemoGenerator generator(42, nowMs);
    const QList<User> users = generator.users(8);
    CHECK(users.first().name == u"Robert Bailey"_s);
    CHECK(users.first().id == u"0177091f-810b-74fa-bc9a-0b96f1c6957a"_s);
    CHECK(users.at(1).name == u"梁桂珍"_s);

    const Account account = generator.account(0);
    CHECK(account.name == u"Pemberton Clinics Co."_s);
    CHECK(account.id == u"018941ea-7d62-7533-96c4-0b35087e9a13"_s);
    CHECK(account.industry == u"Healthcare"_s);
    CHECK(account.annualRevenue == 589'000'000);
    CHECK(account.currency == u"USD"_s);
    CHECK(account.address.city == u"Minneapolis"_s);
    CHECK(generator.account(1).name == u"南京鑫源软件有限公司"_s);

    const Contact contact = generator.contact(0, account);
    CHECK(contact.displayName() == u"Tobias Gray"_s);
    REQUIRE_FALSE(contact.emails.isEmpty());
    CHECK(contact.emails.first().value == u"t.gray@pemberton.com"_s);
    CHECK(contact.id == u"018a0853-cce0-70aa-aef9-e255b1877ff6"_s);

    const Activity activity = generator.activity(0, contact);
    CHECK(activity.subject == u"Proposal walkthrough"_s);
    CHECK(activity.startsAt == 1'739'204'100'000);
    CHECK(activity.id == u"01946420-a231-74cb-bd44-b68938948246"_s);
}

// Not a timed test (docs/performance.md): run with "[.bench]" to print CPU milliseconds as one JSON object. Records
// are made in batches of 1,000 and dropped, as a caller writing one transaction per batch would.
TEST_CASE("generating 100k contacts and 300k activities takes well under a second", "[.bench]") {
    constexpr int accountCount = 20'000;
    constexpr int contactCount = 100'000;
    constexpr int activityCount = 300'000;
    constexpr int batch = 1'000;
    DemoGenerator generator(1, nowMs);
    generator.users(20);
    auto cpuMs = [start = std::clock()]() mutable {
        const std::clock_t now = std::clock();
        const auto elapsed = qint64(now - start) * 1000 / CLOCKS_PER_SEC;
        start = now;
        return elapsed;
    };
    QList<Account> accounts;
    accounts.reserve(accountCount);
    for (int i = 0; i < accountCount; ++i)
        accounts.append(generator.account(i));
    const qint64 accountsMs = cpuMs();

    qint64 checksum = 0;
    QList<Contact> contactBatch;
    for (int i = 0; i < contactCount; ++i) {
        if (i % batch == 0)
            contactBatch.clear();
        contactBatch.append(generator.contact(i, accounts.at(generator.accountIndexForContact(i, accountCount))));
        checksum += contactBatch.constLast().emails.size();
    }
    const qint64 contactsMs = cpuMs();

    QList<Contact> contacts; // the activities' contacts; built outside the measured parts
    contacts.reserve(contactCount);
    for (int i = 0; i < contactCount; ++i)
        contacts.append(generator.contact(i, accounts.at(generator.accountIndexForContact(i, accountCount))));
    const qint64 retainedContactsMs = cpuMs();

    QList<Activity> activityBatch;
    for (int i = 0; i < activityCount; ++i) {
        if (i % batch == 0)
            activityBatch.clear();
        activityBatch.append(generator.activity(i, contacts.at(generator.contactIndexForActivity(i, contactCount))));
        checksum += activityBatch.constLast().startsAt % 997;
    }
    const qint64 activitiesMs = cpuMs();
    std::cout << "{\"accounts_20k_cpu_ms\":" << accountsMs << ",\"contacts_100k_cpu_ms\":" << contactsMs
              << ",\"activities_300k_cpu_ms\":" << activitiesMs
              << ",\"contacts_100k_kept_in_memory_cpu_ms\":" << retainedContactsMs << "}\n";
    CHECK(checksum > 0);
}

TEST_CASE("demo leads are realistic, owned by the team and never converted", "[demo]") {
    DemoGenerator generator(31, nowMs);
    const QList<User> team = generator.users(8);
    QSet<QString> teamIds;
    for (const User& user : team)
        teamIds.insert(user.id);
    QSet<QString> ids;
    QSet<QString> owners;
    QSet<QString> sources;
    QHash<LeadStatus, int> statuses;
    int chineseNames = 0;
    constexpr int count = 2000;
    for (int i = 0; i < count; ++i) {
        const Lead lead = generator.lead(i);
        INFO(lead.displayName().toStdString());
        CHECK(lead == generator.lead(i)); // depends on the index only
        ids.insert(lead.id);
        CHECK_FALSE(lead.lastName.isEmpty());
        CHECK_FALSE(lead.company.isEmpty());
        if (!lead.email.isEmpty())
            CHECK(isPlausibleEmail(lead.email));
        CHECK(teamIds.contains(lead.ownerId));
        owners.insert(lead.ownerId);
        sources.insert(lead.source);
        ++statuses[lead.status];
        CHECK(lead.status != LeadStatus::Converted);
        CHECK(lead.disqualifyReason.isEmpty() == (lead.status != LeadStatus::Disqualified));
        CHECK(lead.createdAt <= nowMs);
        CHECK(lead.createdAt > nowMs - 366 * day);
        CHECK(lead.updatedAt >= lead.createdAt);
        CHECK(lead.externalId == u"LEAD-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0')));
        chineseNames += isChinese(lead.lastName) ? 1 : 0;
    }
    CHECK(ids.size() == count);
    CHECK(owners.size() >= 5);
    CHECK(sources.size() == 7);
    CHECK(statuses.value(LeadStatus::New) + statuses.value(LeadStatus::Working) > count * 70 / 100);
    CHECK(statuses.value(LeadStatus::Qualified) > count * 8 / 100);
    CHECK(statuses.value(LeadStatus::Disqualified) > count * 6 / 100);
    CHECK(chineseNames > count * 25 / 100); // the same share as among the contacts
    CHECK(chineseNames < count * 35 / 100);
    CHECK(DemoGenerator(32, nowMs).lead(0) != generator.lead(0));
}

TEST_CASE("every picklist value the demo data writes is shown in the user's language", "[demo][picklist]") {
    Test::MarkingTranslator translator({u"LeadSource"_s, u"Industry"_s, u"Activity"_s, u"LossReason"_s});
    DemoSizes sizes;
    sizes.accounts = 60;
    sizes.contacts = 200;
    sizes.activities = 400;
    const DataSet data = generate(7, sizes);
    auto translated = [](const QString& shown, const QString& stored) {
        INFO(stored.toStdString());
        CHECK(shown.startsWith(u"«"_s));
    };
    for (const Account& a : data.accounts)
        translated(industryName(a.industry), a.industry);
    for (const Activity& a : data.activities)
        if (!a.outcome.isEmpty())
            translated(callOutcomeName(a.outcome), a.outcome);
    DemoGenerator generator(7, nowMs);
    for (int i = 0; i < 60; ++i)
        translated(leadSourceName(generator.lead(i).source), generator.lead(i).source);
    DemoSales sales(7, nowMs);
    for (int i = 0; i < 200; ++i) {
        const Opportunity o = sales.opportunity(i, data.accounts.at(i % data.accounts.size()));
        if (!o.closeReason.isEmpty())
            translated(lossReasonName(o.closeReason), o.closeReason);
    }
}
