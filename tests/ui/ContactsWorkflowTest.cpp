#include "WorkspaceFixture.h"

#include "activities/QuickLogForm.h"
#include "common/DuplicateDialog.h"
#include "common/MergeDialog.h"
#include "contacts/ContactsSection.h"
#include "models/ActivityTimelineModel.h"
#include "models/ContactListModel.h"
#include "activities/TimelinePane.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "widgets/ContactPointsEditor.h"
#include "widgets/FilterBar.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

QAction* sectionAction(RecordSection* section, const QString& name) {
    for (QAction* action : section->recordActions())
        if (action->objectName() == name)
            return action;
    FAIL("no action " << name.toStdString());
    return nullptr;
}

/// Ctrl+N, type the names and an e-mail, Ctrl+S: the way a rep adds a contact.
void typeNewContact(Test::WorkspaceFixture& f, const QString& first, const QString& last, const QString& email) {
    ContactsSection* section = f.window->contacts();
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    auto* firstName = f.child<QLineEdit>(section, u"firstNameEdit"_s);
    REQUIRE(QApplication::focusWidget() == firstName);
    QTest::keyClicks(firstName, first);
    QTest::keyClicks(f.child<QLineEdit>(section, u"lastNameEdit"_s), last);
    QTest::keyClicks(f.child<ContactPointsEditor>(section, u"emailsEditor"_s)->valueEdit(0), email);
    CHECK(f.child<QLabel>(section, u"dirtyIndicator"_s)->isVisible());
    QTest::keyClick(firstName, Qt::Key_S, Qt::ControlModifier);
}

} // namespace

TEST_CASE("a rep creates, finds, edits, calls, deletes, restores and merges contacts", "[ui][contacts]") {
    Test::WorkspaceFixture f;
    ContactsSection* section = f.window->contacts();
    ContactRepository contacts(f.tmp.db());
    ActivityRepository activities(f.tmp.db());
    auto* table = f.child<QTableView>(section, u"recordTable"_s);
    auto* filter = f.child<FilterBar>(section, u"filterBar"_s);
    filter->setDebounceInterval(0);
    CHECK(f.child<QLabel>(section, u"emptyStateLabel"_s)->isVisible());

    // Create two contacts through the editor.
    typeNewContact(f, u"Ada"_s, u"Lovelace"_s, u"ada@example.com"_s);
    const QString adaId = section->currentId();
    REQUIRE_FALSE(adaId.isEmpty());
    CHECK_FALSE(f.child<QLabel>(section, u"dirtyIndicator"_s)->isVisible());
    REQUIRE(contacts.get(adaId)->emails.value(0).value == u"ada@example.com");
    typeNewContact(f, u"Grace"_s, u"Hopper"_s, u"grace@example.com"_s);
    const QString graceId = section->currentId();
    REQUIRE(graceId != adaId);
    CHECK(section->model()->rowCount() == 2);
    CHECK(f.child<QLabel>(f.window.get(), u"recordCount"_s)->text().contains(u'2'));

    // Search as you type: the list shows only the match.
    QTest::keyClicks(filter->searchField(), u"lovel"_s);
    filter->applyNow();
    REQUIRE(section->model()->rowCount() == 1);
    CHECK(section->model()->idAt(0) == adaId);

    // Edit: pick the row, change the title, Ctrl+S.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    REQUIRE(section->currentId() == adaId);
    auto* title = f.child<QLineEdit>(section, u"titleEdit"_s);
    QTest::keyClicks(title, u"Countess"_s);
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    CHECK(contacts.get(adaId)->title == u"Countess");

    // Log a call with Ctrl+L; Ctrl+Enter saves it.
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
    auto* form = f.child<QuickLogForm>(section, u"quickLogForm"_s);
    REQUIRE(form->isVisible());
    auto* subject = f.child<QLineEdit>(form, u"logSubjectEdit"_s);
    QTest::keyClicks(subject, u"Discussed the engine"_s);
    f.child<QComboBox>(form, u"logOutcomeCombo"_s)->setCurrentIndex(1);
    QTest::keyClick(subject, Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(form->isVisible());
    const auto logged = activities.forContact(adaId);
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().kind == ActivityKind::Call);
    CHECK(logged->first().outcome == u"left voicemail");
    CHECK(section->timeline()->model()->rowCount() == 1);

    // Delete with the Delete key, then undo with Ctrl+Z.
    filter->clear();
    table->setFocus();
    section->openRecord(adaId);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(contacts.get(adaId)->deleted);
    CHECK(section->model()->rowOf(adaId) == -1);
    CHECK(section->banner()->text().contains(u"deleted"_s));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(contacts.get(adaId)->deleted);
    CHECK(section->model()->rowOf(adaId) >= 0);

    // Merge the two: both timelines end up on the survivor.
    Activity meeting;
    meeting.kind = ActivityKind::Meeting;
    meeting.subject = u"Compiler demo"_s;
    meeting.contactId = graceId;
    meeting.startsAt = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(activities.save(meeting));
    table->selectAll();
    MergeDialog::setNextAnswer(0);
    const QString keepId = section->model()->idAt(0);
    sectionAction(section, u"mergeAction"_s)->trigger();
    CHECK(section->currentId() == keepId);
    CHECK(activities.forContact(keepId)->size() == 2);
    CHECK(section->model()->rowCount() == 1);
    CHECK(contacts.get(keepId == adaId ? graceId : adaId)->deleted);
}

TEST_CASE("saving a new contact that matches an existing one offers to open it", "[ui][contacts]") {
    Test::WorkspaceFixture f;
    ContactsSection* section = f.window->contacts();
    ContactRepository contacts(f.tmp.db());
    Contact existing;
    existing.firstName = u"小明"_s;
    existing.lastName = u"王"_s;
    existing.emails = {ContactPoint{u"work"_s, u"wang@example.cn"_s}};
    const auto saved = contacts.save(existing);
    REQUIRE(saved);

    DuplicateDialog::setNextAnswer(DuplicateDialog::Choice::OpenExisting);
    typeNewContact(f, u"Ming"_s, u"Wang"_s, u"wang@example.cn"_s);
    CHECK(*contacts.count() == 1);
    CHECK(section->currentId() == saved->id);

    DuplicateDialog::setNextAnswer(DuplicateDialog::Choice::CreateAnyway);
    typeNewContact(f, u"Ming"_s, u"Wang"_s, u"wang@example.cn"_s);
    CHECK(*contacts.count() == 2);
}

TEST_CASE("leaving an edited contact asks to save, and Cancel stays", "[ui][contacts]") {
    Test::WorkspaceFixture f;
    ContactsSection* section = f.window->contacts();
    ContactRepository contacts(f.tmp.db());
    typeNewContact(f, u"Alan"_s, u"Turing"_s, u"alan@example.com"_s);
    const QString alanId = section->currentId();
    QTest::keyClicks(f.child<QLineEdit>(section, u"titleEdit"_s), u"Mathematician"_s);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    section->newRecord();
    CHECK(section->currentId() == alanId);
    CHECK(f.child<QLineEdit>(section, u"titleEdit"_s)->text() == u"Mathematician");

    MessageBox::setNextAnswer(QMessageBox::Save);
    section->newRecord();
    CHECK(contacts.get(alanId)->title == u"Mathematician");
    CHECK(section->currentId().isEmpty());
}

TEST_CASE("an invalid e-mail is explained in the banner and nothing is saved", "[ui][contacts]") {
    Test::WorkspaceFixture f;
    ContactsSection* section = f.window->contacts();
    typeNewContact(f, u"Bad"_s, u"Address"_s, u"not-an-address"_s);
    CHECK(section->banner()->type() == MessageBanner::Type::Error);
    CHECK(section->banner()->text().contains(u"not-an-address"_s));
    CHECK(*ContactRepository(f.tmp.db()).count() == 0);
}

TEST_CASE("saving a new contact that matches an existing one can merge it into that one at once", "[ui][contacts]") {
    Test::WorkspaceFixture f;
    ContactsSection* section = f.window->contacts();
    ContactRepository contacts(f.tmp.db());
    Contact existing;
    existing.firstName = u"小明"_s;
    existing.lastName = u"王"_s;
    existing.emails = {ContactPoint{u"work"_s, u"wang@example.cn"_s}};
    const auto saved = contacts.save(existing);
    REQUIRE(saved);

    DuplicateDialog::setNextAnswer(DuplicateDialog::Choice::MergeIntoExisting);
    typeNewContact(f, u"Ming"_s, u"Wang"_s, u"wang@example.cn"_s);
    CHECK(*contacts.count() == 1);
    CHECK(section->currentId() == saved->id);
    CHECK(section->banner()->text().contains(u"王"_s));
    CHECK(contacts.get(saved->id)->emails.size() == 1);
}
