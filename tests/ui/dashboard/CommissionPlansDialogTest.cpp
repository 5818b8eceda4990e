#include "SmallDemo.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "dashboard/CommissionPlansDialog.h"
#include "store/db/Database.h"
#include "store/records/CommissionPlanRepository.h"
#include "store/records/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

std::optional<CommissionPlan> planOf(Database& db, const QString& userId) {
    auto all = CommissionPlanRepository(db).all();
    REQUIRE(all);
    for (const CommissionPlan& p : std::as_const(*all)) {
        if (p.userId == userId && !p.team)
            return p;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("a manager sets, changes and removes a rep's commission plan in the dialog", "[ui][dashboard][commission]") {
    Test::TempDatabase tmp;
    Test::generateSmallDemo(tmp.db());
    const auto users = UserRepository(tmp.db()).all();
    REQUIRE(users);
    const QString rep = users->back().id;
    CommissionPlansDialog dialog(tmp.db());

    dialog.personBox()->setCurrentIndex(dialog.personBox()->findData(rep));
    dialog.teamBox()->setChecked(false);
    dialog.fromEdit()->setDate(QDate(2027, 1, 1));
    dialog.rateEdit()->setText(u"120"_s);
    CHECK(!dialog.savePlan());
    CHECK(!planOf(tmp.db(), rep));
    dialog.rateEdit()->setText(u"5.5"_s);
    dialog.familiesEdit()->setText(u"Services=8; Software"_s);
    CHECK(!dialog.savePlan());
    dialog.familiesEdit()->setText(u"Services=8"_s);
    dialog.acceleratorEdit()->setText(u"1.5"_s);
    REQUIRE(dialog.savePlan());
    auto saved = planOf(tmp.db(), rep);
    REQUIRE(saved);
    CHECK(saved->rate == 550);
    CHECK(saved->accelerator == 150);
    CHECK(saved->familyRates == QList<CommissionFamilyRate>{{.family = u"Services"_s, .rate = 800}});
    const QString repName = dialog.personBox()->itemText(dialog.personBox()->findData(rep));
    CHECK(!dialog.plans()->findItems(repName, Qt::MatchExactly, 0).isEmpty());

    // The same person, kind and day is the same plan: saving again changes it.
    dialog.rateEdit()->setText(u"6"_s);
    REQUIRE(dialog.savePlan());
    CHECK(planOf(tmp.db(), rep)->rate == 600);

    const auto rows = dialog.plans()->findItems(repName, Qt::MatchExactly, 0);
    REQUIRE(rows.size() == 1);
    dialog.plans()->setCurrentItem(rows.front());
    CHECK(dialog.rateEdit()->text() == u"6"_s);
    REQUIRE(dialog.removePlan());
    CHECK(!planOf(tmp.db(), rep));
}

TEST_CASE("a rep sees the commission plans but cannot change them", "[ui][dashboard][commission]") {
    Test::TempDatabase tmp;
    Test::generateSmallDemo(tmp.db());
    auto me = UserRepository(tmp.db()).localUser();
    REQUIRE(me);
    me->role = UserRole::Rep;
    REQUIRE(UserRepository(tmp.db()).save(*me));
    const auto stored = CommissionPlanRepository(tmp.db()).all();
    REQUIRE(stored);
    REQUIRE(!stored->isEmpty()); // the demo's team plan
    CommissionPlansDialog dialog(tmp.db());
    CHECK(dialog.plans()->topLevelItemCount() == stored->size());
    CHECK(!dialog.rateEdit()->isEnabled());
    CHECK(!dialog.findChild<QPushButton*>(u"commissionSave"_s)->isEnabled());
}
