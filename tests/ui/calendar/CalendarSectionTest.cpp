#include "StringMakers.h"

#include "../WorkspaceFixture.h"
#include "CalendarSectionFixture.h"

#include "calendar/CalendarEntries.h"
#include "calendar/CalendarSectionFilter.h"
#include "SettingsDialog.h"
#include "calendar/TimeZoneCombo.h"
#include "protocol/RecordType.h"
#include "calendar/EventEditor.h"
#include "calendar/OccurrenceScopeDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>

using namespace Fieldbook;
using Test::CalendarSectionFixture;

namespace {
const QDate monday(2026, 12, 7);
const QDate tuesday(2026, 12, 8);
const QDate wednesday(2026, 12, 9);
const QDate thursday(2026, 12, 10);

QDateTime at(QDate date, QTime time) {
    return QDateTime(date, time, Test::berlin());
}
} // namespace

TEST_CASE("dragging over the time grid opens the editor with that time, and the saved event shows",
          "[ui][calendar][section]") {
    CalendarSectionFixture f;
    bool edited = false;
    Test::whenShown<EventEditorDialog>([&](EventEditorDialog* dialog) {
        auto* startTime = dialog->findChild<QTimeEdit*>(u"startTimeEdit"_s);
        auto* endTime = dialog->findChild<QTimeEdit*>(u"endTimeEdit"_s);
        CHECK(startTime->time() == QTime(10, 0));
        CHECK(endTime->time() == QTime(11, 30));
        auto* title = dialog->findChild<QLineEdit*>(u"titleEdit"_s);
        CHECK(title->hasFocus());
        QTest::keyClicks(title, u"Besuch bei Nordlicht"_s);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter saves
        edited = true;
    });
    Test::dragMouse(f.viewport(), f.grid()->pointAt(wednesday, QTime(10, 0)),
                    f.grid()->pointAt(wednesday, QTime(11, 30)));
    REQUIRE(edited);
    Test::settle();
    const CalendarEntry created = f.entry(u"Besuch bei Nordlicht"_s);
    CHECK(created.start == at(wednesday, QTime(10, 0)));
    CHECK(created.end == at(wednesday, QTime(11, 30)));
    CHECK_FALSE(created.readOnly);
    CHECK(f.view()->selectedKey() == created.key);
    const CalendarEvent stored = EventRepository(f.tmp.db()).get(created.key).value();
    CHECK(stored.start == Test::berlinTime(wednesday, QTime(10, 0)));
    CHECK(stored.reminders == QList<int>{15});
    CHECK(stored.ownerId == f.tmp->localUserId());
    // The banner offers to take it back.
    CHECK(f.section->banner()->text() == u"“Besuch bei Nordlicht” added."_s);
    REQUIRE(f.section->banner()->triggerAction());
    Test::settle();
    CHECK(f.entries(u"Besuch bei Nordlicht"_s).isEmpty());
}

TEST_CASE("a single event dragged to another day moves there, and undo puts it back", "[ui][calendar][section]") {
    CalendarSectionFixture f;
    const CalendarEvent visit = f.add(u"Visit Maier"_s, tuesday, QTime(10, 0), QTime(11, 0));
    const CalendarEntry before = f.entry(u"Visit Maier"_s);
    const QPoint grab = f.grid()->pointAt(tuesday, QTime(10, 15));
    REQUIRE(f.grid()->entryRect(before.key).contains(grab));
    Test::dragMouse(f.viewport(), grab, f.grid()->pointAt(thursday, QTime(14, 15)));
    Test::settle();
    CHECK(f.entry(u"Visit Maier"_s).start == at(thursday, QTime(14, 0)));
    CHECK(f.entry(u"Visit Maier"_s).end == at(thursday, QTime(15, 0)));
    CHECK(EventRepository(f.tmp.db()).get(visit.id)->start == Test::berlinTime(thursday, QTime(14, 0)));
    CHECK(f.section->banner()->text() == u"“Visit Maier” moved."_s);
    REQUIRE(f.undo.undo());
    Test::settle();
    CHECK(f.entry(u"Visit Maier"_s).start == at(tuesday, QTime(10, 0)));
}

TEST_CASE("editing one occurrence of a weekly series changes only that one", "[ui][calendar][section]") {
    CalendarSectionFixture f;
    f.add(u"Team meeting"_s, QDate(2026, 11, 30), QTime(9, 0), QTime(10, 0), u"FREQ=WEEKLY;BYDAY=MO,WE"_s);
    REQUIRE(f.entries(u"Team meeting"_s).size() == 2);
    const CalendarEntry wednesdays = f.entries(u"Team meeting"_s).at(1);
    CHECK(wednesdays.recurring);
    OccurrenceScopeDialog::setNextAnswer(OccurrenceScope::This);
    Test::whenShown<EventEditorDialog>([&](EventEditorDialog* dialog) {
        auto* title = dialog->findChild<QLineEdit*>(u"titleEdit"_s);
        CHECK(title->text() == u"Team meeting"_s);
        CHECK(dialog->findChild<QTimeEdit*>(u"startTimeEdit"_s)->time() == QTime(9, 0));
        title->setText(u"Team meeting with the board"_s);
        QTest::keyClick(title, Qt::Key_Space);
        QTest::keyClick(title, Qt::Key_Backspace);
        dialog->findChild<QDialogButtonBox*>(u"dialogButtons"_s)->button(QDialogButtonBox::Save)->click();
    });
    f.view()->selectEntry(wednesdays.key);
    QTest::keyClick(f.grid(), Qt::Key_Return);
    Test::settle();
    CHECK(OccurrenceScopeDialog::lastOfferedThis());
    CHECK(f.shown() ==
          QStringList{u"Mon 09:00–10:00 Team meeting"_s, u"Wed 09:00–10:00 Team meeting with the board"_s});
    f.view()->step(1);
    Test::settle();
    CHECK(f.shown() == QStringList{u"Mon 09:00–10:00 Team meeting"_s, u"Wed 09:00–10:00 Team meeting"_s});
}

TEST_CASE("deleting this and following occurrences ends the series, and undo brings them back",
          "[ui][calendar][section]") {
    CalendarSectionFixture f;
    f.add(u"Stand-up"_s, QDate(2026, 11, 30), QTime(8, 45), QTime(9, 0), u"FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"_s);
    REQUIRE(f.entries(u"Stand-up"_s).size() == 5);
    const QString wednesdayKey = f.entries(u"Stand-up"_s).at(2).key;
    f.view()->selectEntry(wednesdayKey);
    f.grid()->setFocus();
    OccurrenceScopeDialog::setNextAnswer(OccurrenceScope::ThisAndFollowing);
    QTest::keyClick(f.grid(), Qt::Key_Delete);
    Test::settle();
    CHECK(f.shown() == QStringList{u"Mon 08:45–09:00 Stand-up"_s, u"Tue 08:45–09:00 Stand-up"_s});
    f.view()->step(1);
    Test::settle();
    CHECK(f.shown().isEmpty());
    CHECK(f.section->banner()->text() == u"“Stand-up” deleted."_s);
    REQUIRE(f.section->banner()->triggerAction());
    Test::settle();
    CHECK(f.entries(u"Stand-up"_s).size() == 5);
}

TEST_CASE("deleting a single event asks first, and undo restores it", "[ui][calendar][section]") {
    CalendarSectionFixture f;
    f.add(u"Call Weber"_s, thursday, QTime(11, 0), QTime(11, 30));
    f.view()->selectEntry(f.entry(u"Call Weber"_s).key);
    f.grid()->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(f.grid(), Qt::Key_Delete);
    Test::settle();
    CHECK(MessageBox::lastText() == u"Delete “Call Weber”?"_s);
    CHECK(f.entries(u"Call Weber"_s).size() == 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(f.grid(), Qt::Key_Delete);
    Test::settle();
    CHECK(f.entries(u"Call Weber"_s).isEmpty());
    CHECK(f.undo.undoDescription() == u"Event deleted"_s);
    REQUIRE(f.undo.undo());
    Test::settle();
    CHECK(f.entries(u"Call Weber"_s).size() == 1);
}

TEST_CASE("moving an occurrence of a series asks which ones, and Esc leaves everything in place",
          "[ui][calendar][section]") {
    CalendarSectionFixture f;
    f.add(u"Team meeting"_s, QDate(2026, 11, 30), QTime(9, 0), QTime(10, 0), u"FREQ=WEEKLY;BYDAY=MO"_s);
    const CalendarEntry monday9 = f.entry(u"Team meeting"_s);
    OccurrenceScopeDialog::setNextAnswer(std::nullopt);
    f.section->moveOccurrence(monday9.key, at(monday, QTime(11, 0)), at(monday, QTime(12, 0)));
    Test::settle();
    CHECK(f.entry(u"Team meeting"_s).start == at(monday, QTime(9, 0)));
    OccurrenceScopeDialog::setNextAnswer(OccurrenceScope::All);
    f.section->moveOccurrence(monday9.key, at(monday, QTime(11, 0)), at(monday, QTime(12, 0)));
    Test::settle();
    CHECK(f.entry(u"Team meeting"_s).start == at(monday, QTime(11, 0)));
    f.view()->step(-1);
    Test::settle();
    CHECK(f.entry(u"Team meeting"_s).start == at(QDate(2026, 11, 30), QTime(11, 0)));
}

TEST_CASE("overlapping events carry the warning, and the editor names what a new time overlaps",
          "[ui][calendar][section]") {
    CalendarSectionFixture f;
    f.add(u"Pipeline review"_s, wednesday, QTime(14, 0), QTime(15, 0));
    f.add(u"Call Müller"_s, wednesday, QTime(14, 30), QTime(15, 30));
    f.add(u"Lunch"_s, wednesday, QTime(12, 0), QTime(13, 0));
    CHECK(f.entry(u"Pipeline review"_s).conflictWith == u"Call Müller"_s);
    CHECK(f.entry(u"Call Müller"_s).conflictWith == u"Pipeline review"_s);
    CHECK(f.entry(u"Lunch"_s).conflictWith.isEmpty());

    QString warning;
    bool visible = false;
    Test::whenShown<EventEditorDialog>([&](EventEditorDialog* dialog) {
        warning = dialog->warning()->text();
        visible = dialog->warning()->isVisible();
        // Moved to a free time, the warning goes.
        dialog->findChild<QTimeEdit*>(u"startTimeEdit"_s)->setTime(QTime(16, 0));
        CHECK_FALSE(dialog->warning()->isVisible());
        dialog->findChild<QTimeEdit*>(u"startTimeEdit"_s)->setTime(QTime(12, 30));
        CHECK(dialog->warning()->text().contains(u"Lunch"_s));
        dialog->done(QDialog::Rejected);
    });
    f.section->createEvent(at(wednesday, QTime(14, 45)), at(wednesday, QTime(15, 15)), false);
    CHECK(visible);
    CHECK(warning == u"Overlaps with “Pipeline review” 14:00–15:00"_s);
}

TEST_CASE("a colleague's events are read-only, and their private ones busy blocks without title",
          "[ui][calendar][section]") {
    CalendarSectionFixture f;
    User me = UserRepository(f.tmp.db()).localUser().value();
    me.role = UserRole::Rep; // an admin may change everyone's events
    REQUIRE(UserRepository(f.tmp.db()).save(me));
    const QString anna = f.colleague(u"Anna Schmidt"_s);
    f.add(u"Anna's visit"_s, tuesday, QTime(10, 0), QTime(11, 0), {}, anna);
    CalendarEvent secret = f.add(u"Doctor"_s, tuesday, QTime(15, 0), QTime(16, 0), {}, anna);
    secret.isPrivate = true;
    REQUIRE(EventRepository(f.tmp.db()).save(secret));
    Test::settle();
    const CalendarEntry visit = f.entry(u"Anna's visit"_s);
    CHECK(visit.readOnly);
    CHECK(visit.ownerName == u"Anna Schmidt"_s);
    CHECK(f.entries(u"Doctor"_s).isEmpty());
    REQUIRE(f.entries({}).size() == 1);
    CHECK(f.entries({}).first().kind == CalendarEntry::Kind::Busy);
    // Dragging a read-only entry moves nothing.
    const QPoint grab = f.grid()->pointAt(tuesday, QTime(10, 15));
    Test::dragMouse(f.viewport(), grab, f.grid()->pointAt(thursday, QTime(10, 15)));
    Test::settle();
    CHECK(f.entry(u"Anna's visit"_s).start == at(tuesday, QTime(10, 0)));
    // A manager may change the events of the people below them.
    User annaUser = UserRepository(f.tmp.db()).get(anna).value();
    annaUser.managerId = me.id;
    REQUIRE(UserRepository(f.tmp.db()).save(annaUser));
    Test::settle();
    CHECK_FALSE(f.entry(u"Anna's visit"_s).readOnly);
    CHECK(f.entries({}).first().readOnly);
}

TEST_CASE("the filter shows one person's calendar and finds events by text", "[ui][calendar][section]") {
    CalendarSectionFixture f;
    const QString anna = f.colleague(u"Anna Schmidt"_s);
    f.add(u"Mine"_s, tuesday, QTime(10, 0), QTime(11, 0));
    f.add(u"Anna's visit"_s, tuesday, QTime(12, 0), QTime(13, 0), {}, anna);
    CalendarEvent attended = f.add(u"Anna's review"_s, tuesday, QTime(14, 0), QTime(15, 0), {}, anna);
    attended.attendees = {{f.tmp->localUserId(), {}, u"Me"_s, {}, u"ACCEPTED"_s}};
    REQUIRE(EventRepository(f.tmp.db()).save(attended));
    Test::settle();
    CHECK(f.view()->entries().size() == 3);
    auto* person = f.section->findChild<QComboBox*>(u"personFilter"_s);
    person->setCurrentIndex(person->findData(u"@mine"_s));
    Test::settle();
    CHECK(f.shown() == QStringList{u"Tue 10:00–11:00 Mine"_s, u"Tue 14:00–15:00 Anna's review"_s});
    f.section->filterBar()->clear();
    QTest::keyClicks(f.section->findChild<QLineEdit*>(u"searchField"_s), u"visit"_s);
    REQUIRE(QTest::qWaitFor([&] { return f.view()->entries().size() == 1; }));
    CHECK(f.shown() == QStringList{u"Tue 12:00–13:00 Anna's visit"_s});
}

TEST_CASE("Ctrl+5 shows the calendar, and an event opens in its editor from anywhere", "[ui][calendar][section]") {
    Test::WorkspaceFixture w;
    CalendarEvent e;
    e.title = u"Quarterly review"_s;
    e.start = Test::berlinTime(QDate(2027, 1, 14), QTime(10, 0));
    e.end = Test::berlinTime(QDate(2027, 1, 14), QTime(12, 0));
    const QString id = EventRepository(w.tmp.db()).save(e)->id;
    QTest::keyClick(w.window.get(), Qt::Key_5, Qt::ControlModifier);
    REQUIRE(w.window->currentSection() == w.window->calendar());
    QString shownTitle;
    Test::whenShown<EventEditorDialog>([&](EventEditorDialog* dialog) {
        shownTitle = dialog->findChild<QLineEdit*>(u"titleEdit"_s)->text();
        dialog->reject();
    });
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::ControlModifier);
    w.window->openRecord(RecordType::events().table, id);
    CHECK(w.window->currentSection() == w.window->calendar());
    CHECK(shownTitle == u"Quarterly review"_s);
    CHECK(w.window->calendar()->view()->visibleRange().first <= QDate(2027, 1, 14));
    CHECK(w.window->calendar()->view()->visibleRange().lastExclusive > QDate(2027, 1, 14));
}

TEST_CASE("the calendar's time zone is chosen in the settings, and the calendar shows its times there",
          "[ui][calendar][section][settings]") {
    CalendarSectionFixture f;
    f.add(u"Team meeting"_s, wednesday, QTime(9, 0), QTime(10, 0));
    {
        SettingsDialog dialog(f.tmp.db());
        auto* zone = dialog.findChild<TimeZoneCombo*>(u"displayZoneCombo"_s);
        REQUIRE(zone);
        CHECK(zone->zoneId() == "Europe/Berlin");
        zone->setZoneId({});
        CHECK(zone->currentText().startsWith(u"System time zone"_s));
        zone->lineEdit()->setText(u"shanghai"_s);
        QTest::keyClick(zone->lineEdit(), Qt::Key_Return);
        CHECK(zone->zoneId() == "Asia/Shanghai");
        dialog.accept();
    }
    CHECK(DisplayZone::chosen(f.tmp.db()) == "Asia/Shanghai");
    f.section->reloadDisplayZone();
    Test::settle();
    CHECK(f.section->displayZone() == QTimeZone("Asia/Shanghai"));
    const CalendarEntry meeting = f.entry(u"Team meeting"_s);
    CHECK(meeting.start.offsetFromUtc() == 8 * 3600); // the view's entries are on Shanghai's wall clock
    CHECK(meeting.start.time() == QTime(16, 0));
}
