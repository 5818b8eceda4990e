#include "../FormChecks.h"
#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "contacts/ContactEditor.h"
#include "contacts/ContactsSection.h"
#include "services/PhoneRegion.h"
#include "store/records/ContactRepository.h"
#include "widgets/ContactPointsEditor.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

/// A contact form on its own, shown and active so that focus moves as for a user.
struct EditorFixture {
    Test::TempDatabase tmp;
    ContactEditor editor{tmp.db()};

    EditorFixture() {
        editor.resize(600, 900);
        editor.show();
        QApplication::setActiveWindow(&editor);
        REQUIRE(QTest::qWaitForWindowActive(&editor));
    }
    ContactPointsEditor* points(const QString& name) { return editor.findChild<ContactPointsEditor*>(name); }
};

Contact twoOfEach() {
    Contact c;
    c.firstName = u"Klaus"_s;
    c.lastName = u"Maier"_s;
    c.emails = {{u"work"_s, u"klaus@example.de"_s}, {u"home"_s, u"km@example.org"_s}};
    c.phones = {{u"work"_s, u"+49 30 1234567"_s}, {u"mobile"_s, u"+49 171 2345678"_s}};
    return c;
}

} // namespace

TEST_CASE("Tab goes through the contact form in the order it reads, e-mails and phones included", "[ui][forms]") {
    EditorFixture f;
    f.editor.setContact(twoOfEach()); // rebuilds the e-mail and phone rows after the form was made
    QApplication::processEvents();
    auto* first = f.editor.findChild<QLineEdit*>(u"firstNameEdit"_s);
    const QList<QWidget*> stops = Test::tabStops(first, &f.editor);
    Test::checkReadingOrder(stops, &f.editor);

    const auto position = [&](const QWidget* w) {
        return stops.indexOf(const_cast<QWidget*>(w));
    };
    ContactPointsEditor* emails = f.points(u"emailsEditor"_s);
    ContactPointsEditor* phones = f.points(u"phonesEditor"_s);
    const int account = position(f.editor.findChild<QWidget*>(u"accountPicker"_s));
    const int notes = position(f.editor.findChild<QWidget*>(u"notesEdit"_s));
    REQUIRE(account > 0);
    CHECK(account < position(emails->valueEdit(0)));
    CHECK(position(emails->valueEdit(0)) < position(emails->valueEdit(1)));
    CHECK(position(emails->valueEdit(1)) < position(phones->valueEdit(0)));
    CHECK(position(phones->valueEdit(0)) < position(phones->valueEdit(1)));
    CHECK(position(phones->valueEdit(1)) < position(f.editor.findChild<QWidget*>(u"doNotCallCheck"_s)));
    CHECK(notes == stops.size() - 1); // the notes end the form: no stop at the scroll area's frame

    // A row added later takes its place too.
    emails->addRow();
    QApplication::processEvents(); // a row added to a shown form is shown from the event loop
    const QList<QWidget*> more = Test::tabStops(first, &f.editor);
    CHECK(more.indexOf(emails->valueEdit(2)) == more.indexOf(emails->valueEdit(1)) + 3); // row 1's remove, row 2's type
}

TEST_CASE("an invalid e-mail or phone is marked at the field as soon as it is left", "[ui][forms]") {
    EditorFixture f;
    REQUIRE(PhoneRegion::save(f.tmp.db(), u"DE"_s));
    f.editor.setContact(Contact{});
    QLineEdit* email = f.points(u"emailsEditor"_s)->valueEdit(0);
    QLineEdit* phone = f.points(u"phonesEditor"_s)->valueEdit(0);

    email->setFocus();
    QTest::keyClicks(email, u"klaus.example.de"_s);
    CHECK_FALSE(Test::isMarked(email)); // not while typing
    QTest::keyClick(email, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() != email);
    CHECK(Test::isMarked(email));
    CHECK(email->toolTip().contains(u"not a valid e-mail address"_s));
    CHECK(email->text() == u"klaus.example.de"_s);

    phone->setFocus();
    QTest::keyClicks(phone, u"030 12"_s);
    QTest::keyClick(phone, Qt::Key_Tab);
    CHECK(Test::isMarked(phone));
    CHECK(phone->text() == u"030 12"_s); // kept as typed
    CHECK(phone->toolTip().contains(u"not a valid number"_s));

    // Corrected: the mark goes as the field is left again.
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, u"klaus@example.de"_s);
    QTest::keyClick(email, Qt::Key_Tab);
    CHECK_FALSE(Test::isMarked(email));
    CHECK(email->toolTip().isEmpty());
}

TEST_CASE("a local phone number is stored in international form in the default region", "[ui][forms]") {
    Test::WorkspaceFixture f;
    REQUIRE(PhoneRegion::save(f.tmp.db(), u"DE"_s));
    ContactsSection* section = f.window->contacts();
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(f.child<QLineEdit>(section, u"lastNameEdit"_s), u"Maier"_s);
    ContactPointsEditor* phones = f.child<ContactPointsEditor>(section, u"phonesEditor"_s);
    phones->addRow();
    QLineEdit* office = phones->valueEdit(0);
    QLineEdit* typo = phones->valueEdit(1);
    office->setFocus();
    QTest::keyClicks(office, u"030 1234567"_s);
    QTest::keyClick(office, Qt::Key_Tab);
    CHECK(office->text() == u"+49 30 1234567"_s); // shown as it will be stored when the field is left
    CHECK_FALSE(Test::isMarked(office));
    typo->setFocus();
    QTest::keyClicks(typo, u"030 1"_s);
    QTest::keyClick(typo, Qt::Key_S, Qt::ControlModifier); // saved without leaving the field

    const QString id = section->currentId();
    REQUIRE_FALSE(id.isEmpty());
    const Contact stored = ContactRepository(f.tmp.db()).get(id).value();
    REQUIRE(stored.phones.size() == 2);
    CHECK(stored.phones.at(0).value == u"+49 30 1234567"_s);
    CHECK(stored.phones.at(1).value == u"030 1"_s); // what cannot be read is kept as typed
    CHECK(Test::isMarked(phones->valueEdit(1)));    // and flagged when the contact shows again
    CHECK_FALSE(Test::isMarked(phones->valueEdit(0)));
}
