#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/CallListBuilder.h"
#include "store/records/AccountRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QString account(Database& db, const QString& name, const QString& industry, const QStringList& phones) {
    Account a;
    a.name = name;
    a.industry = industry;
    for (const QString& p : phones)
        a.phones.append({u"work"_s, p});
    return AccountRepository(db).save(a).value().id;
}

QString rep(Database& db, const QString& name) {
    User u;
    u.name = name;
    u.role = UserRole::Rep;
    return UserRepository(db).save(u).value().id;
}

} // namespace

TEST_CASE("a list from accounts calls their main numbers, leaving out numbers of people who asked not to be",
          "[services][telesales]") {
    Test::TempDatabase tmp;
    const QString nord = account(tmp.db(), u"Nord AG"_s, u"Banking"_s, {u"030 1000000"_s, u"030 1000001"_s});
    account(tmp.db(), u"Süd AG"_s, u"Banking"_s, {u"+49 30 1000000"_s}); // Nord's switchboard again
    const QString blocked = account(tmp.db(), u"West AG"_s, u"Banking"_s, {u"030 2000000"_s});
    account(tmp.db(), u"Ost AG"_s, u"Banking"_s, {});
    account(tmp.db(), u"Code GmbH"_s, u"Software"_s, {u"030 3000000"_s});
    Contact c; // someone at West who asked not to be called, on the switchboard's number
    c.firstName = u"Olaf"_s;
    c.accountId = blocked;
    c.phones = {{u"work"_s, u"030 2000000"_s}};
    c.doNotCall = true;
    REQUIRE(ContactRepository(tmp.db()).save(c));

    CallList list;
    list.name = u"Banks"_s;
    CallListFilter banks;
    banks.industry = u"Banking"_s;
    const auto made = CallListBuilder(tmp.db(), u"DE"_s).create(list, CallListSource::Accounts, banks);
    REQUIRE(made);
    CHECK(made->report.added == 1);
    CHECK(made->report.duplicates == 1);
    CHECK(made->report.doNotCall == 1);
    CHECK(made->report.noNumber == 1);
    const auto entries = CallListRepository(tmp.db()).entries(made->list.id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().accountId == nord);
    CHECK(entries->first().contactId.isEmpty());
    CHECK(entries->first().name == u"Nord AG"_s);
    CHECK(entries->first().phone == u"+49301000000"_s); // the first number
    CHECK(made->list.reps == QStringList{tmp.db().localUserId()});
}

TEST_CASE("a list whose building fails is not left behind", "[services][telesales]") {
    Test::TempDatabase tmp;
    CallList list;
    list.name = u"From a file"_s;
    const auto made =
        CallListBuilder(tmp.db(), u"DE"_s).create(list, CallListSource::Contacts, {}, tmp.dir() + u"/missing.csv"_s);
    REQUIRE_FALSE(made);
    CHECK(made.error().message.contains(u"missing.csv"_s));
    CHECK(CallListRepository(tmp.db()).lists().value().isEmpty());
}

TEST_CASE("a list says who works it after assigning and reassigning", "[store][telesales]") {
    Test::TempDatabase tmp;
    const QString ana = rep(tmp.db(), u"Ana"_s);
    const QString bo = rep(tmp.db(), u"Bo"_s);
    QList<CallListEntry> entries;
    for (int i = 0; i < 4; ++i) {
        CallListEntry e;
        e.name = u"Person %1"_s.arg(i);
        e.phone = u"+4930100000%1"_s.arg(i);
        entries.append(e);
    }
    CallList list;
    list.name = u"Spring"_s;
    list = CallListRepository(tmp.db()).save(list).value();
    CallListRepository calls(tmp.db());
    REQUIRE(calls.add(list.id, entries));
    CHECK(calls.list(list.id).value()->reps == QStringList{tmp.db().localUserId()});

    REQUIRE(calls.assignRoundRobin(list.id, {ana, bo}).value() == 4);
    QStringList both{ana, bo};
    both.sort();
    CHECK(calls.list(list.id).value()->reps == both);

    // One of Bo's numbers moves to Ana by hand, the first he was given: both still work the list.
    const QList<CallListEntry> before = calls.entries(list.id).value();
    CHECK(calls.moveOpen(list.id, bo, 1, ana).value() == 1);
    QStringList bos;
    for (const CallListEntry& e : before)
        if (e.ownerId == bo)
            bos.append(e.id);
    REQUIRE(bos.size() == 2);
    CHECK(calls.entry(bos.first()).value()->ownerId == ana);
    CHECK(calls.entry(bos.last()).value()->ownerId == bo);
    CHECK(calls.list(list.id).value()->reps == both);

    // The rest of Bo's numbers go to Ana: Bo works the list no more.
    CHECK(calls.assign(bos, ana).value() == 1);
    CHECK(calls.list(list.id).value()->reps == QStringList{ana});
    CHECK(calls.moveOpen(list.id, bo, 5, ana).value() == 0);
}

TEST_CASE("lists by region and tag keep the people and accounts that match, in their own or their account's place",
          "[services][telesales]") {
    Test::TempDatabase tmp;
    Account bavaria;
    bavaria.name = u"Süd AG"_s;
    bavaria.address.region = u"Bayern"_s;
    bavaria.tags = {u"vip"_s};
    bavaria.phones = {{u"work"_s, u"+49 89 1000000"_s}};
    const QString south = AccountRepository(tmp.db()).save(bavaria).value().id;
    Account hamburg;
    hamburg.name = u"Nord AG"_s;
    hamburg.address.region = u"Hamburg"_s;
    hamburg.phones = {{u"work"_s, u"+49 40 1000000"_s}};
    const QString north = AccountRepository(tmp.db()).save(hamburg).value().id;
    const auto person = [&](const QString& name, const QString& accountId, const QString& region,
                            const QStringList& tags, const QString& phone) {
        Contact c;
        c.firstName = name;
        c.accountId = accountId;
        c.address.region = region;
        c.tags = tags;
        c.phones = {{u"work"_s, phone}};
        REQUIRE(ContactRepository(tmp.db()).save(c));
    };
    person(u"Anna"_s, south, {}, {u"vip"_s}, u"+49 89 2000001"_s);       // Bayern through her account
    person(u"Ben"_s, north, u"bayern"_s, {}, u"+49 89 2000002"_s);       // Bayern herself, any case
    person(u"Cem"_s, north, {}, {u"newsletter"_s}, u"+49 40 2000003"_s); // neither

    const auto names = [&](CallListSource source, const CallListFilter& filter) {
        CallList list;
        list.name = u"L"_s + QString::number(CallListRepository(tmp.db()).lists().value().size());
        const auto made = CallListBuilder(tmp.db(), u"DE"_s).create(list, source, filter);
        REQUIRE(made);
        QStringList out;
        for (const CallListEntry& e :
             CallListRepository(tmp.db()).entries(made->list.id).value_or(QList<CallListEntry>()))
            out.append(e.name);
        return out;
    };
    CallListFilter bayern;
    bayern.region = u"BAYERN"_s;
    CHECK(names(CallListSource::Contacts, bayern) == QStringList{u"Anna"_s, u"Ben"_s});
    CHECK(names(CallListSource::Accounts, bayern) == QStringList{u"Süd AG"_s});
    CallListFilter vip;
    vip.tag = u"VIP"_s;
    CHECK(names(CallListSource::Contacts, vip) == QStringList{u"Anna"_s});
    CHECK(names(CallListSource::Accounts, vip) == QStringList{u"Süd AG"_s});
}
