#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/LeadAssignment.h"
#include "store/records/LeadRepository.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Team {
    Test::TempDatabase tmp;
    QHash<QString, QString> idOf; ///< user name -> id

    Team() {
        // Created out of order: the round-robin order is by name.
        add(u"Carol"_s, u"North"_s);
        add(u"alice"_s, u"North"_s);
        add(u"Bob"_s, u" North"_s); // team names are trimmed
        add(u"Dave"_s, u"North"_s, UserRole::Manager);
        add(u"Erin"_s, u"North"_s, UserRole::Rep, false);
        add(u"Frank"_s, u"South"_s);
    }
    void add(const QString& name, const QString& team, UserRole role = UserRole::Rep, bool active = true) {
        User u;
        u.name = name;
        u.team = team;
        u.role = role;
        u.active = active;
        auto saved = UserRepository(tmp.db()).save(u);
        REQUIRE(saved);
        idOf.insert(name, saved->id);
    }
    QStringList leads(int n) {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            Lead l;
            l.lastName = u"Lead %1"_s.arg(i);
            ids.append(LeadRepository(tmp.db()).save(l)->id);
        }
        return ids;
    }
    /// Who got each lead, by name.
    QStringList owners(const QStringList& leadIds) {
        QStringList names;
        for (const QString& id : leadIds) {
            const QString owner = LeadRepository(tmp.db()).get(id)->ownerId;
            names.append(idOf.key(owner, owner));
        }
        return names;
    }
    QStringList dealt(const QList<LeadAssignmentEntry>& entries) {
        QStringList names;
        for (const LeadAssignmentEntry& e : entries)
            names.append(idOf.key(e.userId));
        return names;
    }
};

} // namespace

TEST_CASE("round-robin deals leads to a team's active reps in name order and continues fairly",
          "[services][leads][assignment]") {
    Team t;
    LeadAssignment assignment(t.tmp.db());
    CHECK(*assignment.teams() == QStringList{u"North"_s, u"South"_s});
    QStringList members;
    const auto north = assignment.members(u"NORTH"_s);
    REQUIRE(north);
    for (const User& u : *north)
        members.append(u.name);
    CHECK(members == QStringList{u"alice"_s, u"Bob"_s, u"Carol"_s}); // no manager, no inactive rep

    const QStringList first = t.leads(4);
    auto dealt = assignment.assignRoundRobin(first, u"North"_s);
    REQUIRE(dealt);
    CHECK(t.dealt(*dealt) == QStringList{u"alice"_s, u"Bob"_s, u"Carol"_s, u"alice"_s});
    CHECK(t.owners(first) == QStringList{u"alice"_s, u"Bob"_s, u"Carol"_s, u"alice"_s});

    // The next batch starts after the last one who got a lead, also after reopening the store.
    t.tmp.reopen();
    const QStringList second = t.leads(2);
    REQUIRE(LeadAssignment(t.tmp.db()).assignRoundRobin(second, u"north"_s));
    CHECK(t.owners(second) == QStringList{u"Bob"_s, u"Carol"_s});
}

TEST_CASE("when the last assignee leaves the team, the turn passes to whoever sorts after them",
          "[services][leads][assignment]") {
    Team t;
    LeadAssignment assignment(t.tmp.db());
    REQUIRE(assignment.assignRoundRobin(t.leads(2), u"North"_s)); // alice, Bob
    User bob = *UserRepository(t.tmp.db()).get(t.idOf.value(u"Bob"_s));
    bob.team = u"South"_s;
    REQUIRE(UserRepository(t.tmp.db()).save(bob));
    const QStringList next = t.leads(3);
    REQUIRE(assignment.assignRoundRobin(next, u"North"_s));
    CHECK(t.owners(next) == QStringList{u"Carol"_s, u"alice"_s, u"Carol"_s});
}

TEST_CASE("round-robin refuses a team without reps and a batch with a converted lead, changing nothing",
          "[services][leads][assignment]") {
    Team t;
    LeadAssignment assignment(t.tmp.db());
    const QStringList leads = t.leads(2);
    auto empty = assignment.assignRoundRobin(leads, u"West"_s);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.contains(u"West"_s));

    REQUIRE(LeadRepository(t.tmp.db()).markConverted(leads.at(1), u"a"_s, u"c"_s, {}));
    auto refused = assignment.assignRoundRobin(leads, u"North"_s);
    REQUIRE_FALSE(refused);
    CHECK(t.owners(leads).first() != u"alice"_s);
    CHECK(t.tmp->setting(LeadAssignment::lastAssigneeKey(u"North"_s)).isEmpty());

    // By hand: to one person.
    REQUIRE(assignment.assign({leads.at(0)}, t.idOf.value(u"Frank"_s)));
    CHECK(t.owners({leads.at(0)}) == QStringList{u"Frank"_s});
}

TEST_CASE("the reps of a team are shown in the order their next leads go to them", "[services][leads][assignment]") {
    Team t;
    LeadAssignment assignment(t.tmp.db());
    auto names = [&] {
        QStringList list;
        const auto order = assignment.inTurn(u"North"_s);
        REQUIRE(order);
        for (const User& u : *order)
            list.append(u.name);
        return list;
    };
    CHECK(names() == QStringList{u"alice"_s, u"Bob"_s, u"Carol"_s});
    REQUIRE(assignment.assignRoundRobin(t.leads(1), u"North"_s));
    CHECK(names() == QStringList{u"Bob"_s, u"Carol"_s, u"alice"_s});
}
