#include "StringMakers.h"
#include "TempDatabase.h"

#include "SettingsDialog.h"

#include <QComboBox>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

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
