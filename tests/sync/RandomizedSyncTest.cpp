#include "SyncFixture.h"
#include "StringMakers.h"
#include "store/records/ContactRepository.h"
#include "store/journal/SyncJournal.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <random>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

/// FIELDBOOK_SYNC_SEEDS=N runs seeds 1..N (50 in the normal suite).
int seedCount() {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("FIELDBOOK_SYNC_SEEDS", &ok);
    return ok && n > 0 ? n : 50;
}

struct Device {
    std::unique_ptr<TestClient> client;
    QString userId;
    bool manager = false;
};

/// One seeded run: 3 to 10 devices of one team (a manager and reps, some with two laptops) create,
/// edit, delete, restore and reassign contacts, and sync at random moments through random faults.
class RandomRun {
public:
    explicit RandomRun(unsigned seed)
        : m_random(seed) {
        m_managerId = m_server.addUser(u"boss"_s, u"manager"_s);
        const int reps = pick(2, 4);
        for (int i = 0; i < reps; ++i)
            m_repIds.append(m_server.addUser(u"rep%1"_s.arg(i), u"rep"_s, u"boss"_s));
        const int devices = pick(3, 10);
        for (int i = 0; i < devices; ++i) {
            const int who = i == 0 ? -1 : pick(-1, reps - 1); // the manager has at least one device
            const QString name = who < 0 ? u"boss"_s : u"rep%1"_s.arg(who);
            m_devices.push_back(
                {std::make_unique<TestClient>(m_server, name), who < 0 ? m_managerId : m_repIds.at(who), who < 0});
        }
    }

    void play(int steps) {
        for (int step = 0; step < steps; ++step) {
            Device& d = m_devices.at(size_t(pick(0, int(m_devices.size()) - 1)));
            const int action = pick(0, 99);
            if (action < 20)
                create(d);
            else if (action < 55)
                edit(d);
            else if (action < 62)
                removeOrRestore(d);
            else if (action < 70 && d.manager)
                reassign(d);
            else if (action < 72)
                m_server.restart();
            else
                syncWithFaults(d);
        }
    }

    /// Ends the run: no more faults, every device syncs until nothing moves.
    void settle() {
        for (int round = 0; round < 4; ++round) {
            bool moved = false;
            for (Device& d : m_devices) {
                d.client->network().setFaults({});
                auto r = d.client->sync();
                INFO("device of " << d.client->user().toStdString() << ": "
                                  << (r ? std::string() : r.error().message.toStdString()));
                REQUIRE(r);
                moved |= r->pushed > 0 || r->pulled > 0;
            }
            if (!moved && round > 0)
                return;
        }
    }

    void check() {
        CHECK(m_server.duplicateLedgerIds().isEmpty());
        const QList<ServerRecord> all = m_server.records();
        QSet<QString> serverIds;
        for (const ServerRecord& r : all)
            serverIds.insert(r.id);
        CHECK(serverIds == m_created); // every created record exactly once, none made up
        const QSet<QString> ledger = m_server.ledgerIds();
        for (Device& d : m_devices) {
            const QSet<QString> scope =
                d.manager ? QSet<QString>(m_repIds.cbegin(), m_repIds.cend()) + QSet{m_managerId} : QSet{d.userId};
            const auto mine = d.client->records();
            const auto expected = withinScope(all, scope);
            INFO("device of " << d.client->user().toStdString() << "\nclient:\n"
                              << describe(mine) << "server within scope:\n"
                              << describe(expected));
            CHECK(mine == expected);
            for (const QString& id : sentMutationIds(*d.client))
                CHECK(ledger.contains(id));
            CHECK(*SyncJournal(d.client->db()).unsentCount() == 0);
        }
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    std::optional<Contact> anyContact(Device& d, bool includeDeleted) {
        QStringList ids;
        for (const ServerRecord& r : d.client->records())
            if (r.table == u"contacts"_s && (includeDeleted || !r.deleted))
                ids.append(r.id);
        if (ids.isEmpty())
            return std::nullopt;
        auto c = ContactRepository(d.client->db()).get(ids.at(pick(0, int(ids.size()) - 1)));
        REQUIRE(c);
        return *c;
    }

    void create(Device& d) {
        Contact c;
        c.firstName = u"Name%1"_s.arg(pick(0, 999));
        c.lastName = pick(0, 1) ? u"王"_s : u"Smith"_s;
        c.notes = u"line one\nline two\nline three"_s;
        auto saved = ContactRepository(d.client->db()).save(c);
        REQUIRE(saved);
        m_created.insert(saved->id);
    }

    void edit(Device& d) {
        auto c = anyContact(d, false);
        if (!c)
            return;
        switch (pick(0, 3)) {
        case 0:
            c->title = u"Title %1"_s.arg(pick(0, 99));
            break;
        case 1: {
            QStringList lines = c->notes.split(u'\n');
            lines[pick(0, int(lines.size()) - 1)] = u"edited %1"_s.arg(pick(0, 99));
            c->notes = lines.join(u'\n');
            break;
        }
        case 2:
            c->doNotCall = !c->doNotCall;
            break;
        default:
            c->lastName = u"Changed%1"_s.arg(pick(0, 99));
        }
        auto saved = ContactRepository(d.client->db()).save(*c);
        REQUIRE(saved);
    }

    void removeOrRestore(Device& d) {
        auto c = anyContact(d, true);
        if (!c)
            return;
        ContactRepository repo(d.client->db());
        REQUIRE((c->deleted ? repo.restore(c->id) : repo.remove(c->id)));
    }

    void reassign(Device& d) {
        auto c = anyContact(d, false);
        if (!c)
            return;
        c->ownerId = m_repIds.at(pick(0, int(m_repIds.size()) - 1));
        REQUIRE(ContactRepository(d.client->db()).save(*c));
    }

    void syncWithFaults(Device& d) {
        const int faultPercent = pick(0, 40);
        const unsigned faultSeed = unsigned(pick(0, 1 << 30));
        auto faultRandom = std::make_shared<std::mt19937>(faultSeed);
        d.client->network().setFaults([faultPercent, faultRandom](const Server::HttpRequest&) {
            if (std::uniform_int_distribution<int>(0, 99)(*faultRandom) >= faultPercent)
                return Fault::None;
            constexpr std::array faults{Fault::Unavailable, Fault::Truncate, Fault::LoseResponse, Fault::Duplicate,
                                        Fault::Refuse};
            return faults.at(size_t(std::uniform_int_distribution<int>(0, int(faults.size()) - 1)(*faultRandom)));
        });
        // Sometimes the user keeps typing while a page is on its way (the rebase, and edits to
        // records that the same page revokes).
        if (pick(0, 4) == 0)
            d.client->network().setAfterHandled([this, &d](const Server::HttpRequest& request) {
                if (request.path == u"/v1/sync/pull"_s)
                    edit(d);
            });
        auto r = d.client->sync(); // may fail: the next one goes on
        (void)r;
        d.client->network().setFaults({});
        d.client->network().setAfterHandled({});
    }

    static QStringList sentMutationIds(TestClient& client) {
        const QString name = u"inspect-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QStringList ids;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(client.path());
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(u"SELECT mutation_id FROM outbox WHERE state IN ('acknowledged', 'rejected') AND "
                           u"table_name <> 'users'"_s));
            while (q.next())
                ids.append(q.value(0).toString());
        }
        QSqlDatabase::removeDatabase(name);
        return ids;
    }

    std::mt19937 m_random;
    TestServer m_server;
    QString m_managerId;
    QStringList m_repIds;
    std::vector<Device> m_devices;
    QSet<QString> m_created;
};

} // namespace

TEST_CASE("seeded randomised runs of several devices under faults end with every device equal to the server",
          "[sync][random]") {
    const int seed = GENERATE(range(1, seedCount() + 1));
    INFO("seed " << seed << " (FIELDBOOK_SYNC_SEEDS=N runs more)");
    RandomRun run{static_cast<unsigned>(seed)};
    run.play(60);
    run.settle();
    run.check();
}
