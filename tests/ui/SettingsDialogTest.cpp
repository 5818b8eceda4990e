#include "StringMakers.h"
#include "TempDatabase.h"

#include "SettingsDialog.h"
#include "services/PhoneRegion.h"

#include <QComboBox>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

TEST_CASE("the default phone region is chosen in the settings and follows the system until then", "[ui][settings]") {
    Test::TempDatabase tmp;
    {
        SettingsDialog dialog(tmp.db());
        auto* region = dialog.findChild<QComboBox*>(u"phoneRegionCombo"_s);
        REQUIRE(region);
        CHECK(region->currentData().toString().isEmpty()); // the system's, named in the first entry
        CHECK(region->itemText(0).contains(u"System default"_s));
        const int germany = region->findData(u"DE"_s);
        REQUIRE(germany > 0);
        CHECK(region->itemText(germany) == u"Germany (+49)"_s);
        region->setCurrentIndex(germany);
        dialog.accept();
    }
    CHECK(PhoneRegion::chosen(tmp.db()) == u"DE"_s);
    CHECK(PhoneRegion::load(tmp.db(), QLocale::c()) == u"DE"_s);

    SettingsDialog again(tmp.db());
    CHECK(again.findChild<QComboBox*>(u"phoneRegionCombo"_s)->currentData().toString() == u"DE"_s);
}
