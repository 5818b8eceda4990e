#include "../FormChecks.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "accounts/AccountEditor.h"
#include "services/PhoneRegion.h"
#include "widgets/ContactPointsEditor.h"

#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

TEST_CASE("Tab goes through the account form in the order it reads, phones included", "[ui][forms]") {
    Test::TempDatabase tmp;
    AccountEditor editor(tmp.db());
    editor.resize(600, 900);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    Account account;
    account.name = u"Maier Maschinenbau"_s;
    account.phones = {{u"work"_s, u"+49 30 1234567"_s}, {u"fax"_s, u"+49 30 1234568"_s}};
    editor.setAccount(account);
    QApplication::processEvents();

    auto* first = editor.findChild<QLineEdit*>(u"nameEdit"_s);
    const QList<QWidget*> stops = Test::tabStops(first, &editor);
    Test::checkReadingOrder(stops, &editor);
    auto* phones = editor.findChild<ContactPointsEditor*>(u"phonesEditor"_s);
    const auto position = [&](const char* name) {
        return stops.indexOf(editor.findChild<QWidget*>(QString::fromLatin1(name)));
    };
    CHECK(position("websiteEdit") < stops.indexOf(phones->valueEdit(0)));
    CHECK(stops.indexOf(phones->valueEdit(0)) < stops.indexOf(phones->valueEdit(1)));
    CHECK(stops.indexOf(phones->valueEdit(1)) < position("employeesSpin"));
    CHECK(position("notesEdit") == stops.size() - 1);
}

TEST_CASE("an account's local phone number is shown in international form when the field is left", "[ui][forms]") {
    Test::TempDatabase tmp;
    REQUIRE(PhoneRegion::save(tmp.db(), u"CN"_s));
    AccountEditor editor(tmp.db());
    editor.show();
    QApplication::setActiveWindow(&editor);
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    editor.setAccount(Account{});
    QLineEdit* phone = editor.findChild<ContactPointsEditor*>(u"phonesEditor"_s)->valueEdit(0);
    phone->setFocus();
    QTest::keyClicks(phone, u"138 0013 8000"_s);
    QTest::keyClick(phone, Qt::Key_Tab);
    CHECK(phone->text() == u"+86 138 0013 8000"_s);
    CHECK_FALSE(Test::isMarked(phone));
}
