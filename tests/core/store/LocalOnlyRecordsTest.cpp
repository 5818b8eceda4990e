#include "TempDatabase.h"

#include "SmallDemo.h"
#include "store/records/AccountRepository.h"
#include "store/journal/LocalOnlyRecords.h"
#include "store/write/Outbox.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

TEST_CASE("records of the demo's sales team are taken over with their pending changes", "[store][firstconnect]") {
    Test::TempDatabase tmp;
    Account mine;
    mine.name = u"My own account"_s;
    REQUIRE(AccountRepository(tmp.db()).save(mine));
    const auto none = LocalOnlyRecords(tmp.db()).count();
    REQUIRE(none);
    CHECK(*none == 0); // the device's own user is not "another user"
    CHECK_FALSE(LocalOnlyRecords::isDemo(tmp.db()));

    Test::generateSmallDemo(tmp.db());
    CHECK(LocalOnlyRecords::isDemo(tmp.db()));
    const auto before = LocalOnlyRecords(tmp.db()).count();
    REQUIRE(before);
    CHECK(*before > 30);

    const auto taken = LocalOnlyRecords(tmp.db()).takeOver();
    REQUIRE(taken);
    CHECK(*taken == *before);
    CHECK(*LocalOnlyRecords(tmp.db()).count() == 0);
    CHECK_FALSE(LocalOnlyRecords::isDemo(tmp.db()));

    const QString me = tmp->localUserId();
    const auto entries = Outbox(tmp.db()).entries({}, 100000);
    REQUIRE(entries);
    for (const OutboxEntry& e : *entries) {
        INFO(e.table.toStdString() << " " << e.recordId.toStdString());
        CHECK(e.table != u"users"_s); // the demo users exist only here: gone with their changes
        if (e.fields.contains(u"owner_id"_s))
            CHECK(e.fields.value(u"owner_id"_s).toString() == me);
    }
    const auto users = UserRepository(tmp.db()).all();
    REQUIRE(users);
    REQUIRE(users->size() == 1);
    CHECK(users->first().id == me);
}

TEST_CASE("starting from the server's data keeps the store as a backup and empties it", "[store][firstconnect]") {
    Test::TempDatabase tmp;
    Test::generateSmallDemo(tmp.db());
    const int accounts = *AccountRepository(tmp.db()).count();
    const QString backup = LocalOnlyRecords::backupPathFor(tmp.path());
    CHECK(QFileInfo(backup).fileName().startsWith(QFileInfo(tmp.path()).fileName() + u".before-sync-"_s));

    REQUIRE(LocalOnlyRecords(tmp.db()).startFresh(backup));
    CHECK(*AccountRepository(tmp.db()).count() == 0);
    CHECK(*Outbox(tmp.db()).pendingCount() == 0);
    CHECK(*LocalOnlyRecords(tmp.db()).count() == 0);
    CHECK_FALSE(LocalOnlyRecords::isDemo(tmp.db()));
    const auto users = UserRepository(tmp.db()).all();
    REQUIRE(users);
    CHECK(users->size() == 1); // the device's own user stays

    auto copy = Database::open(backup, Database::Options{.create = false});
    REQUIRE(copy);
    CHECK(*AccountRepository(**copy).count() == accounts);
    CHECK(LocalOnlyRecords::isDemo(**copy));
    CHECK_FALSE(LocalOnlyRecords(tmp.db()).startFresh(backup)); // an existing backup is never overwritten
}
