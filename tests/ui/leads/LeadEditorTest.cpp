#include "../FormChecks.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "leads/LeadEditor.h"
#include "services/PhoneRegion.h"

#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

struct LeadEditorFixture {
    Test::TempDatabase tmp;
    LeadEditor editor{tmp.db()};

    LeadEditorFixture() {
        REQUIRE(PhoneRegion::save(tmp.db(), u"DE"_s));
        editor.resize(600, 900);
        editor.show();
        QApplication::setActiveWindow(&editor);
        REQUIRE(QTest::qWaitForWindowActive(&editor));
        editor.setLead(Lead{});
    }
    QLineEdit* edit(const QString& name) { return editor.findChild<QLineEdit*>(name); }
};

} // namespace

TEST_CASE("Tab goes through the lead form in the order it reads", "[ui][forms]") {
    LeadEditorFixture f;
    const QList<QWidget*> stops = Test::tabStops(f.edit(u"firstNameEdit"_s), &f.editor);
    Test::checkReadingOrder(stops, &f.editor);
    CHECK(stops.indexOf(f.edit(u"titleEdit"_s)) + 1 == stops.indexOf(f.edit(u"emailEdit"_s)));
    CHECK(stops.indexOf(f.edit(u"emailEdit"_s)) + 1 == stops.indexOf(f.edit(u"phoneEdit"_s)));
    CHECK(stops.constLast()->objectName() == u"notesEdit"_s);
}

TEST_CASE("a lead's e-mail and phone are checked when left and the phone stored internationally", "[ui][forms]") {
    LeadEditorFixture f;
    QLineEdit* email = f.edit(u"emailEdit"_s);
    QLineEdit* phone = f.edit(u"phoneEdit"_s);
    email->setFocus();
    QTest::keyClicks(email, u"anna@"_s);
    QTest::keyClick(email, Qt::Key_Tab);
    CHECK(Test::isMarked(email));
    REQUIRE(QApplication::focusWidget() == phone);
    QTest::keyClicks(phone, u"030 1234567"_s);
    QTest::keyClick(phone, Qt::Key_Tab);
    CHECK(phone->text() == u"+49 30 1234567"_s);
    CHECK_FALSE(Test::isMarked(phone));
    CHECK(f.editor.lead().phone == u"+49 30 1234567"_s);

    // Unreadable: kept as typed, flagged, and what the lead would store.
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, u"030 1"_s);
    QTest::keyClick(phone, Qt::Key_Tab);
    CHECK(phone->text() == u"030 1"_s);
    CHECK(Test::isMarked(phone));
    CHECK(f.editor.lead().phone == u"030 1"_s);
}
