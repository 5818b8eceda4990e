#include "StringMakers.h"
#include "TempDatabase.h"

#include "opportunities/OpportunityFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

TEST_CASE("clearing the opportunity filters goes back to everyone's opportunities at once", "[ui][opportunities]") {
    Test::TempDatabase tmp;
    OpportunityFilterBar bar(tmp.db(), Pipeline::standard());
    bar.setListMode(true);
    QTest::keyClicks(bar.findChild<QLineEdit*>(u"searchField"_s), u"Pilot"_s);
    bar.findChild<QComboBox*>(u"ownerFilter"_s)->setCurrentIndex(1); // mine
    bar.findChild<QComboBox*>(u"stageFilter"_s)->setCurrentIndex(2);
    bar.findChild<QCheckBox*>(u"closeRangeCheck"_s)->setChecked(true);
    bar.applyNow();
    REQUIRE(bar.isFiltering());

    QSignalSpy changed(&bar, &OpportunityFilterBar::filterChanged);
    bar.clear();
    CHECK_FALSE(bar.isFiltering());
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).value<OpportunityFilter>() == OpportunityFilter{});
    CHECK(bar.findChild<QLineEdit*>(u"searchField"_s)->text().isEmpty());
    CHECK_FALSE(bar.findChild<QDateEdit*>(u"closeFromEdit"_s)->isEnabled());
    CHECK_FALSE(bar.findChild<QDateEdit*>(u"closeToEdit"_s)->isEnabled());
}
