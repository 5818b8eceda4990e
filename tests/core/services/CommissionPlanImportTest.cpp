#include "ServiceTestHelpers.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/db/Database.h"
#include "store/records/CommissionPlanRepository.h"
#include "store/records/ForecastSource.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// Mira manages Ron and Sue; Tom reports to nobody.
struct Team {
    TempDatabase t;
    Team() {
        auto users = importCsv(t.db(), ImportRecordType::Users,
                               "name,role,manager,team\nMira Boss,manager,,North\nRon Rep,rep,Mira Boss,North\n"
                               "Sue Solo,rep,Mira Boss,North\nTom Alone,rep,,South\n");
        REQUIRE(users);
        REQUIRE(users->imported == 4);
    }
    QString idOf(const QString& name) {
        auto user = UserRepository(t.db()).findByName(name);
        REQUIRE(user);
        REQUIRE(user->has_value());
        return (*user)->id;
    }
    QList<CommissionPlan> plans() {
        auto all = CommissionPlanRepository(t.db()).all();
        REQUIRE(all);
        return *all;
    }
};

} // namespace

TEST_CASE("import commission_plans: good rows become plans, bad rows are reported by number", "[import][commission]") {
    Team s;
    const QByteArray csv = "user,team,valid_from,rate,family_rates,accelerator\n"
                           "Ron Rep,,2026-01-01,5.5,Hardware=7;Services=8.25,1.5\n" // 2
                           ",Mira Boss,2026-01-01,4,,\n"                            // 3: a team plan
                           "Nobody,,2026-01-01,5,,\n"                               // 4: unknown user
                           "Ron Rep,Mira Boss,2026-01-01,5,,\n"                     // 5: both
                           ",,2026-01-01,5,,\n"                                     // 6: neither
                           ",Tom Alone,2026-01-01,5,,\n"                            // 7: nobody below Tom
                           "Sue Solo,,,5,,\n"                                       // 8: no day
                           "Sue Solo,,2026-13-01,5,,\n"                             // 9: not a day
                           "Sue Solo,,2026-01-01,101,,\n"                           // 10: above 100 %
                           "Sue Solo,,2026-01-01,5.125,,\n"                         // 11: three decimals
                           "Sue Solo,,2026-01-01,5,Hardware,\n"                     // 12: no rate
                           "Sue Solo,,2026-01-01,5,Hardware=1;HARDWARE=2,\n"        // 13: twice
                           "Sue Solo,,2026-01-01,5,,0.9\n";                         // 14: below ×1
    auto report = importCsv(s.t.db(), ImportRecordType::CommissionPlans, csv);
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(report->updated == 0);
    QList<int> rows;
    for (const auto& rejected : report->rejected)
        rows.append(int(rejected.row));
    CHECK(rows == QList<int>{4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
    const auto reasonOf = [&](int row) {
        for (const auto& rejected : report->rejected)
            if (rejected.row == row)
                return rejected.reason;
        return QString();
    };
    CHECK(reasonOf(4).contains(u"Nobody"_s));
    CHECK(reasonOf(5).contains(u"not both"_s));
    CHECK(reasonOf(7).contains(u"Nobody reports to Tom Alone"_s));
    CHECK(reasonOf(10).contains(u"'101'"_s));
    CHECK(reasonOf(12).contains(u"Hardware=5"_s));
    CHECK(reasonOf(13).contains(u"named twice"_s));
    CHECK(reasonOf(14).contains(u"'0.9'"_s));

    const QList<CommissionPlan> plans = s.plans();
    REQUIRE(plans.size() == 2);
    const CommissionPlan& ron = plans[0].team ? plans[1] : plans[0];
    const CommissionPlan& team = plans[0].team ? plans[0] : plans[1];
    CHECK(ron.userId == s.idOf(u"Ron Rep"_s));
    CHECK(ron.id == CommissionPlanRepository::idFor(ron.userId, false, QDate(2026, 1, 1)));
    CHECK(ron.validFrom == QDate(2026, 1, 1));
    CHECK(ron.rate == 550);
    CHECK(ron.familyRates ==
          QList<CommissionFamilyRate>{{.family = u"Hardware"_s, .rate = 700}, {.family = u"Services"_s, .rate = 825}});
    CHECK(ron.accelerator == 150);
    CHECK(team.userId == s.idOf(u"Mira Boss"_s));
    CHECK(team.rate == 400);
    CHECK(team.accelerator == 0);
    CHECK(team.familyRates.isEmpty());

    // The same user and day again updates the plan; the forecast input carries it.
    auto again = importCsv(s.t.db(), ImportRecordType::CommissionPlans, "user,valid_from,rate\nRon Rep,2026-01-01,6\n");
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->updated == 1);
    auto input = ForecastSource::load(s.t.db(), CurrencyRates(u"USD"_s));
    REQUIRE(input);
    REQUIRE((*input)->commissionPlans.size() == 2);
    for (const CommissionPlan& plan : (*input)->commissionPlans) {
        REQUIRE(plan.user >= 0);
        CHECK((*input)->users[plan.user].id == plan.userId);
        if (!plan.team) {
            CHECK(plan.rate == 600);
            CHECK(plan.familyRates.isEmpty()); // an empty column clears them
        }
    }
}

TEST_CASE("commission plans: only managers set them, one record per user, kind and day", "[commission][store]") {
    Team s;
    CommissionPlanRepository plans(s.t.db());
    CommissionPlan plan{.id = {},
                        .userId = s.idOf(u"Ron Rep"_s),
                        .user = -1,
                        .team = false,
                        .validFrom = QDate(2026, 1, 1),
                        .rate = 500,
                        .familyRates = {},
                        .accelerator = 0};
    REQUIRE(plans.set(plan));
    CHECK(*plans.exists(plan.userId, false, plan.validFrom));
    CHECK_FALSE(*plans.exists(plan.userId, true, plan.validFrom)); // a team plan is another record

    REQUIRE(plans.remove(plan.userId, false, plan.validFrom));
    CHECK(s.plans().isEmpty());
    REQUIRE(plans.set(plan)); // set again: the same record, restored
    CHECK(s.plans().size() == 1);

    UserRepository users(s.t.db());
    User me = *users.localUser();
    me.role = UserRole::Rep;
    REQUIRE(users.save(me));
    plan.rate = 900;
    const auto refused = plans.set(plan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(s.plans().front().rate == 500);
    const auto imported =
        importCsv(s.t.db(), ImportRecordType::CommissionPlans, "user,valid_from,rate\nRon Rep,2026-01-01,9\n");
    REQUIRE(imported);
    REQUIRE(imported->rejected.size() == 1);
    CHECK(imported->rejected.front().reason.contains(u"Only managers"_s));
}
