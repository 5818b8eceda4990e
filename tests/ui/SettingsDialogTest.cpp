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

TEST_CASE("the language list names the language the system default gives, never empty parentheses", "[ui][settings]") {
    CHECK(SettingsDialog::systemDefaultText(QLocale::c()) == u"System default (English)"_s);
    CHECK(SettingsDialog::systemDefaultText(QLocale(QLocale::English, QLocale::UnitedKingdom)) ==
          u"System default (English)"_s);
    // A language without its own translation shows English, so that is what the entry says.
    CHECK(SettingsDialog::systemDefaultText(QLocale(QLocale::German, QLocale::Germany)) ==
          u"System default (English)"_s);
    CHECK(SettingsDialog::systemDefaultText(QLocale(QLocale::Chinese, QLocale::China)) ==
          u"System default (简体中文)"_s);

    Test::TempDatabase tmp;
    SettingsDialog dialog(tmp.db());
    auto* languages = dialog.findChild<QComboBox*>(u"languageCombo"_s);
    REQUIRE(languages);
    CHECK(languages->itemText(0) == SettingsDialog::systemDefaultText(QLocale::system()));
    CHECK_FALSE(languages->itemText(0).contains(u"()"_s));
    CHECK(languages->itemData(0).toString().isEmpty());
    CHECK(languages->findData(u"zh_CN"_s) == 2);
}
