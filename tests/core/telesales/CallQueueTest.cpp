#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/CallListRepository.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'800'000'000'000; ///< the test's "now", ms since the epoch
constexpr qint64 kMinute = 60'000;

QString colleague(Database& db, const QString& name) {
    User u;
    u.name = name;
    u.role = UserRole::Rep;
    return UserRepository(db).save(u).value().id;
}

/// One row of the table: an entry on list `list` with its state relative to kNow.
struct Row {
    QString name;
    QString list;
    int priority = 0;
    qint64 lastCalled = 0; ///< minutes before now; 0: never called
    qint64 retryIn = 0;    ///< minutes from now until it may be called again (negative: passed)
    qint64 callbackIn = 0; ///< minutes from now until its callback (negative: due); 0: none
    bool mine = true;
};

/// The names in the order the queue offers them at `now`, each marked done when offered.
QStringList workedOrder(CallListRepository& repo, const QString& me, qint64 now) {
    QStringList order;
    for (;;) {
        auto next = repo.next(me, now);
        REQUIRE(next);
        if (!*next)
            return order;
        order.append((*next)->name);
        (*next)->status = CallEntryStatus::Done;
        REQUIRE(repo.update(**next));
    }
}

} // namespace

TEST_CASE("the queue offers due callbacks first, then by list priority, then entries not tried longest",
          "[store][telesales][queue]") {
    Test::TempDatabase tmp;
    CallListRepository repo(tmp.db());
    const QString me = tmp.db().localUserId();
    const QString other = colleague(tmp.db(), u"Wang Fang"_s);
    QHash<QString, QString> listIds;
    for (const auto& [name, priority] : {std::pair{u"Spring"_s, 5}, std::pair{u"Renewals"_s, 1}}) {
        CallList list;
        list.name = name;
        list.priority = priority;
        listIds.insert(name, repo.save(list).value().id);
    }
    const QList<Row> rows = {
        {.name = u"callback due late"_s, .list = u"Renewals"_s, .callbackIn = -5},
        {.name = u"callback due early"_s, .list = u"Renewals"_s, .callbackIn = -30},
        {.name = u"callback later today"_s, .list = u"Spring"_s, .callbackIn = 120},
        {.name = u"spring, tried an hour ago"_s, .list = u"Spring"_s, .lastCalled = 60, .retryIn = -1},
        {.name = u"spring, never tried"_s, .list = u"Spring"_s},
        {.name = u"spring, tried yesterday"_s, .list = u"Spring"_s, .lastCalled = 1440, .retryIn = -1380},
        {.name = u"spring, urgent"_s, .list = u"Spring"_s, .priority = 9, .lastCalled = 10, .retryIn = -1},
        {.name = u"spring, retry not yet"_s, .list = u"Spring"_s, .lastCalled = 5, .retryIn = 55},
        {.name = u"renewals, never tried"_s, .list = u"Renewals"_s},
        {.name = u"spring, Wang's"_s, .list = u"Spring"_s, .mine = false},
    };
    for (const Row& r : rows) {
        CallListEntry e;
        e.name = r.name;
        e.phone = u"+4930123456"_s;
        e.priority = r.priority;
        e.lastCalledAt = r.lastCalled ? kNow - r.lastCalled * kMinute : 0;
        e.retryAt = r.retryIn ? kNow + r.retryIn * kMinute : 0;
        e.callbackAt = r.callbackIn ? kNow + r.callbackIn * kMinute : 0;
        e.ownerId = r.mine ? me : other;
        REQUIRE(repo.add(listIds.value(r.list), {e}));
    }

    CHECK(workedOrder(repo, me, kNow) ==
          QStringList{u"callback due early"_s, u"callback due late"_s, u"spring, urgent"_s, u"spring, never tried"_s,
                      u"spring, tried yesterday"_s, u"spring, tried an hour ago"_s, u"renewals, never tried"_s});
    // An hour later the retry's delay has passed; two hours later the callback is due.
    CHECK(workedOrder(repo, me, kNow + 60 * kMinute) == QStringList{u"spring, retry not yet"_s});
    CHECK(workedOrder(repo, me, kNow + 120 * kMinute) == QStringList{u"callback later today"_s});
    // Wang's entry is reserved to Wang: it never came to me, and it is Wang's next call.
    CHECK(workedOrder(repo, other, kNow) == QStringList{u"spring, Wang's"_s});
}

TEST_CASE("a closed list's entries wait, its due callbacks too, until it is opened again",
          "[store][telesales][queue]") {
    Test::TempDatabase tmp;
    CallListRepository repo(tmp.db());
    const QString me = tmp.db().localUserId();
    CallList list;
    list.name = u"Trade fair 展会"_s;
    list = repo.save(list).value();
    CallListEntry called;
    called.name = u"李娜"_s;
    called.phone = u"+8613800138000"_s;
    called.callbackAt = kNow - kMinute;
    CallListEntry fresh;
    fresh.name = u"Zhang Wei"_s;
    fresh.phone = u"+8613900139000"_s;
    REQUIRE(repo.add(list.id, {called, fresh}));

    list.closed = true;
    REQUIRE(repo.save(list));
    CHECK_FALSE(repo.next(me, kNow).value());
    list.closed = false;
    REQUIRE(repo.save(list));
    CHECK(workedOrder(repo, me, kNow) == QStringList{u"李娜"_s, u"Zhang Wei"_s});
}

TEST_CASE("round-robin assignment hands the open entries to the reps in turn", "[store][telesales]") {
    Test::TempDatabase tmp;
    CallListRepository repo(tmp.db());
    const QString ann = colleague(tmp.db(), u"Ann"_s);
    const QString bo = colleague(tmp.db(), u"Bo"_s);
    CallList list;
    list.name = u"Winback"_s;
    list = repo.save(list).value();
    QList<CallListEntry> entries;
    for (int i = 0; i < 5; ++i) {
        CallListEntry e;
        e.name = u"Customer %1"_s.arg(i);
        e.phone = u"+3315550100%1"_s.arg(i);
        e.status = i == 2 ? CallEntryStatus::Done : CallEntryStatus::Open;
        entries.append(e);
    }
    REQUIRE(repo.add(list.id, entries));

    CHECK(repo.assignRoundRobin(list.id, {ann, bo}).value() == 4);
    QStringList owners;
    const auto assigned = repo.entries(list.id);
    REQUIRE(assigned);
    for (const CallListEntry& e : *assigned)
        owners.append(e.ownerId == ann ? u"ann"_s : e.ownerId == bo ? u"bo"_s : u"-"_s);
    CHECK(owners == QStringList{u"ann"_s, u"bo"_s, u"-"_s, u"ann"_s, u"bo"_s}); // the done one stays
    CHECK(repo.assignRoundRobin(list.id, {u"nobody"_s}).error().code == ErrorCode::NotFound);
}
