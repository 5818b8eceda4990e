#include "StringMakers.h"
#include "SyncFixture.h"
#include "analytics/Commission.h"
#include "services/ForecastReport.h"
#include "services/ForecastSnapshots.h"
#include "store/db/Database.h"
#include "store/records/CommissionPlanRepository.h"
#include "store/records/CurrencySettings.h"
#include "store/records/ForecastHistoryRepository.h"
#include "store/records/QuotaRepository.h"
#include "store/records/UserRepository.h"
#include "store/write/RecordWriter.h"
#include "store/write/RecordRows.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

Quota quotaOf(const QString& userId, qint64 amount) {
    return {.id = {},
            .userId = userId,
            .periodKind = u"quarter"_s,
            .periodStart = QDate(2027, 1, 1),
            .amount = amount,
            .currency = u"EUR"_s};
}

CommissionPlan planOf(const QString& userId, bool team, int rate) {
    return {.id = {},
            .userId = userId,
            .user = -1,
            .team = team,
            .validFrom = QDate(2026, 1, 1),
            .rate = rate,
            .familyRates = {},
            .accelerator = 0};
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

/// The rates of the plans `client` holds, as "kind of whose: rate", sorted.
QStringList plansOn(TestClient& client) {
    auto plans = CommissionPlanRepository(client.db()).all();
    REQUIRE(plans);
    QStringList out;
    for (const CommissionPlan& p : std::as_const(*plans))
        out.append((p.team ? u"team of "_s : u"own of "_s) + p.userId + u": "_s + QString::number(p.rate));
    out.sort();
    return out;
}

} // namespace

TEST_CASE("a team's commission plan reaches everyone below its manager, a person's own plan only those above them",
          "[sync][forecast][commission]") {
    TestServer server;
    const QString vera = server.addUser(u"vera"_s, u"manager"_s);
    const QString maria = server.addUser(u"maria"_s, u"manager"_s, u"vera"_s);
    const QString tom = server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    server.addUser(u"lena"_s, u"rep"_s);
    TestClient veraDevice(server, u"vera"_s);
    TestClient mariaDevice(server, u"maria"_s);
    TestClient tomDevice(server, u"tom"_s);
    TestClient lenaDevice(server, u"lena"_s);
    const QList<TestClient*> all{&veraDevice, &mariaDevice, &tomDevice, &lenaDevice};
    for (TestClient* c : all)
        synced(*c);

    CommissionPlanRepository plans(veraDevice.db());
    REQUIRE(plans.set(planOf(vera, true, 500)));                                       // everyone below Vera
    REQUIRE(plans.set(planOf(maria, false, 700)));                                     // Maria's own
    REQUIRE(CommissionPlanRepository(mariaDevice.db()).set(planOf(maria, true, 600))); // Maria's team
    REQUIRE(plans.set(planOf(vera, false, 900)));                                      // Vera's own
    for (TestClient* c : all)
        CHECK(synced(*c).rejected == 0);
    for (TestClient* c : all)
        synced(*c);

    const QString veraTeam = u"team of "_s + vera + u": 500"_s;
    const QString mariaTeam = u"team of "_s + maria + u": 600"_s;
    const QString mariaOwn = u"own of "_s + maria + u": 700"_s;
    const QString veraOwn = u"own of "_s + vera + u": 900"_s;
    CHECK(plansOn(tomDevice) == sorted({mariaTeam, veraTeam})); // nobody's own plan but his
    CHECK(plansOn(mariaDevice) == sorted({mariaOwn, mariaTeam, veraTeam}));
    CHECK(plansOn(veraDevice) == sorted({mariaOwn, veraOwn, mariaTeam, veraTeam}));
    CHECK(plansOn(lenaDevice).isEmpty());

    // On Tom's own laptop his deals are priced by the nearest team plan above him: Maria's.
    auto engine = ForecastReport::engine(tomDevice.db());
    REQUIRE(engine);
    const auto& input = (*engine)->input();
    const auto me =
        std::find_if(input.users.cbegin(), input.users.cend(), [&](const ForecastUser& u) { return u.id == tom; });
    REQUIRE(me != input.users.cend());
    const int plan = Commission(**engine).planFor(int(me - input.users.cbegin()), QDate(2026, 6, 1));
    REQUIRE(plan >= 0);
    CHECK(input.commissionPlans.at(plan).rate == 600);

    // A team plan removed leaves the devices below too.
    REQUIRE(CommissionPlanRepository(mariaDevice.db()).remove(maria, true, QDate(2026, 1, 1)));
    synced(mariaDevice);
    synced(tomDevice);
    CHECK(plansOn(tomDevice) == QStringList{veraTeam});
}

TEST_CASE("a manager's quota reaches the rep, the rep cannot change it, and nobody outside the team sees it",
          "[sync][forecast][quota]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    const QString tomId = server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    server.addUser(u"lena"_s, u"rep"_s);
    TestClient maria(server, u"maria"_s);
    TestClient tom(server, u"tom"_s);
    TestClient lena(server, u"lena"_s);
    for (TestClient* c : {&maria, &tom, &lena})
        synced(*c);

    REQUIRE(QuotaRepository(maria.db()).set(quotaOf(tomId, 120'000'00)));
    synced(maria);
    synced(tom);
    synced(lena);
    auto theirs = QuotaRepository(tom.db()).all();
    REQUIRE(theirs);
    REQUIRE(theirs->size() == 1);
    CHECK(theirs->front().amount == 120'000'00);
    CHECK(QuotaRepository(lena.db()).all()->isEmpty());

    // The rep's store knows the rep's role and refuses; written past the repository, the server does.
    CHECK(QuotaRepository(tom.db()).set(quotaOf(tomId, 1)).error().code == ErrorCode::PermissionDenied);
    REQUIRE(tom.db().transaction([&]() -> Result<void> {
        RecordWriter writer(tom.db(), RecordType::quotas());
        auto stored = writer.load(theirs->front().id);
        REQUIRE(stored);
        QVariantList values = (*stored)->values;
        values[RecordType::quotas().indexOf(u"amount"_s)] = qint64(1);
        REQUIRE(writer.save(theirs->front().id, values, *stored));
        return {};
    }));
    CHECK(synced(tom).rejected == 1);
    synced(maria);
    CHECK(QuotaRepository(maria.db()).all()->front().amount == 120'000'00);
}

TEST_CASE("an adjustment is seen by its maker and those above, not by the rep, and weekly snapshots of one week "
          "taken on two devices are one record",
          "[sync][forecast][adjustment][snapshot]") {
    TestServer server;
    server.addUser(u"vera"_s, u"manager"_s);
    server.addUser(u"maria"_s, u"manager"_s, u"vera"_s);
    const QString tomId = server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    TestClient vera(server, u"vera"_s);
    TestClient maria(server, u"maria"_s);
    TestClient tom(server, u"tom"_s);
    for (TestClient* c : {&vera, &maria, &tom})
        synced(*c);

    REQUIRE(ForecastHistoryRepository(maria.db())
                .adjust({.id = {},
                         .subjectId = tomId,
                         .team = false,
                         .periodKind = u"quarter"_s,
                         .periodStart = QDate(2027, 1, 1),
                         .commit = 50'000'00,
                         .bestCase = 80'000'00,
                         .currency = u"EUR"_s,
                         .cleared = false,
                         .note = u"signed next week"_s,
                         .madeAt = 0,
                         .madeBy = {}}));
    CHECK(synced(maria).rejected == 0);
    synced(vera);
    synced(tom);
    CHECK(ForecastHistoryRepository(vera.db()).adjustments()->size() == 1);
    CHECK(ForecastHistoryRepository(tom.db()).adjustments()->isEmpty());

    // Tom's laptop and Maria's both look at this week's forecast: the same snapshots, once.
    const QDate today = QDate::currentDate();
    REQUIRE(QuotaRepository(maria.db())
                .set({.id = {},
                      .userId = tomId,
                      .periodKind = u"quarter"_s,
                      .periodStart = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1),
                      .amount = 90'000'00,
                      .currency = CurrencySettings::load(maria.db()).reportingCurrency()}));
    synced(maria);
    synced(tom);
    for (TestClient* c : {&tom, &maria}) {
        auto engine = ForecastReport::engine(c->db());
        REQUIRE(engine);
        const auto taken = ForecastSnapshots::takeWeekly(c->db(), **engine, today);
        REQUIRE(taken);
        CHECK(*taken >= 2);
    }
    const SyncSummary fromTom = synced(tom);
    const SyncSummary fromMaria = synced(maria);
    CHECK(fromTom.conflicts + fromTom.rejected + fromMaria.conflicts + fromMaria.rejected == 0);
    synced(tom);
    const auto tomsOwn = [](Database& db, const QString& subject) {
        auto all = ForecastHistoryRepository(db).snapshots();
        REQUIRE(all);
        return std::count_if(all->cbegin(), all->cend(),
                             [&](const ForecastSnapshot& s) { return s.subjectId == subject && !s.team; });
    };
    CHECK(tomsOwn(tom.db(), tomId) == 2); // this quarter and this year
    CHECK(tomsOwn(maria.db(), tomId) == 2);
}
