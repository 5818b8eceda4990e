#include "CalendarViewFixture.h"
#include "StringMakers.h"

#include "calendar/CalendarNavBar.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>

using namespace Fieldbook;
using Test::CalendarViewFixture;

namespace {
const QDate tuesday(2026, 12, 8);

QString title(const CalendarView& view) {
    return view.findChild<QLabel*>(u"calendarTitle"_s)->text();
}
} // namespace

TEST_CASE("Page Up and Down, Alt+arrows and T change the period and report the new range", "[ui][calendar]") {
    CalendarViewFixture f;
    QSignalSpy ranges(f.view.get(), &CalendarView::rangeChanged);
    QTest::keyClick(f.grid(), Qt::Key_PageDown);
    CHECK(f.view->visibleRange() == CalendarRange{QDate(2026, 12, 14), QDate(2026, 12, 21)});
    REQUIRE(ranges.size() == 1);
    CHECK(ranges.at(0).at(0).toDate() == QDate(2026, 12, 14));
    CHECK(ranges.at(0).at(1).toDate() == QDate(2026, 12, 21));
    CHECK(title(*f.view) == u"14 – 20. Dezember 2026"_s);
    QTest::keyClick(f.grid(), Qt::Key_Right, Qt::AltModifier);
    CHECK(f.view->visibleRange().first == QDate(2026, 12, 21));
    QTest::keyClick(f.grid(), Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(f.grid(), Qt::Key_PageUp);
    QTest::keyClick(f.grid(), Qt::Key_PageUp);
    CHECK(f.view->visibleRange().first == QDate(2026, 11, 30));
    QTest::keyClick(f.grid(), Qt::Key_T);
    CHECK(f.view->visibleRange().first == QDate(2026, 12, 7));
    CHECK(f.view->date() == QDate(2026, 12, 9));
    CHECK(ranges.size() == 6);
    // The bar's buttons do the same.
    f.view->findChild<QToolButton*>(u"calendarNext"_s)->click();
    CHECK(f.view->visibleRange().first == QDate(2026, 12, 14));
    f.view->findChild<QToolButton*>(u"calendarToday"_s)->click();
    CHECK(f.view->visibleRange().first == QDate(2026, 12, 7));
}

TEST_CASE("letter and number keys switch the view, the range follows it", "[ui][calendar]") {
    CalendarViewFixture f;
    QSignalSpy modes(f.view.get(), &CalendarView::modeChanged);
    QTest::keyClick(f.grid(), Qt::Key_D);
    CHECK(f.view->mode() == CalendarMode::Day);
    CHECK(f.view->visibleRange() == CalendarRange{QDate(2026, 12, 9), QDate(2026, 12, 10)});
    CHECK(title(*f.view) == u"Mittwoch, 9. Dezember 2026"_s);
    QTest::keyClick(f.grid(), Qt::Key_PageDown); // a day in the day view
    CHECK(f.view->date() == QDate(2026, 12, 10));
    QTest::keyClick(f.grid(), Qt::Key_W, Qt::ShiftModifier);
    CHECK(f.view->mode() == CalendarMode::WorkWeek);
    CHECK(f.grid()->days().size() == 5);
    QTest::keyClick(f.grid(), Qt::Key_M);
    CHECK(f.view->mode() == CalendarMode::Month);
    CHECK(f.view->visibleRange() == CalendarRange{QDate(2026, 11, 30), QDate(2027, 1, 11)});
    CHECK(title(*f.view) == u"Dezember 2026"_s);
    QTest::keyClick(f.view->monthView(), Qt::Key_A);
    CHECK(f.view->mode() == CalendarMode::Agenda);
    QTest::keyClick(f.view->agendaView(), Qt::Key_3);
    CHECK(f.view->mode() == CalendarMode::Week);
    QTest::keyClick(f.grid(), Qt::Key_4, Qt::ControlModifier | Qt::AltModifier); // as in Outlook
    CHECK(f.view->mode() == CalendarMode::Month);
    QTest::keyClick(f.view->monthView(), Qt::Key_W);
    CHECK(f.view->mode() == CalendarMode::Week);
    CHECK(modes.size() == 7);
    // Ctrl+1.. belong to the main window: the calendar leaves them alone.
    QTest::keyClick(f.grid(), Qt::Key_1, Qt::ControlModifier);
    CHECK(f.view->mode() == CalendarMode::Week);
}

TEST_CASE("the view switch's buttons show the current view and switch it", "[ui][calendar]") {
    CalendarViewFixture f;
    auto* month = f.view->findChild<QToolButton*>(u"calendarMode%1"_s.arg(int(CalendarMode::Month)));
    auto* week = f.view->findChild<QToolButton*>(u"calendarMode%1"_s.arg(int(CalendarMode::Week)));
    CHECK(week->isChecked());
    month->click();
    CHECK(f.view->mode() == CalendarMode::Month);
    CHECK(month->isChecked());
    CHECK_FALSE(week->isChecked());
}

TEST_CASE("the week starts on Sunday in the United States and on Monday in Germany", "[ui][calendar]") {
    CalendarViewFixture f;
    f.view->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(f.grid()->days().first() == QDate(2026, 12, 6));
    CHECK(f.view->visibleRange() == CalendarRange{QDate(2026, 12, 6), QDate(2026, 12, 13)});
    CHECK(title(*f.view) == u"December 6 – 12, 2026"_s);
    f.view->setMode(CalendarMode::Month);
    CHECK(f.view->monthView()->days().first() == QDate(2026, 11, 29));
    f.view->setLocale(QLocale(QLocale::German, QLocale::Germany));
    CHECK(f.view->monthView()->days().first() == QDate(2026, 11, 30));
}

TEST_CASE("a month day with more entries than fit shows +N more, which opens the day", "[ui][calendar]") {
    CalendarViewFixture f;
    f.view->setMode(CalendarMode::Month);
    QList<CalendarEntry> entries = Test::busyDay(tuesday);
    entries.append(Test::timedEntry(u"one"_s, u"Single"_s, QDate(2026, 12, 16), QTime(9, 0), QTime(10, 0)));
    f.view->setEntries(entries);
    CalendarMonthView* month = f.view->monthView();
    const int shown = month->shownCount(tuesday);
    CHECK(shown >= 2);
    CHECK(month->moreCount(tuesday) == 30 - shown);
    CHECK(month->shownCount(QDate(2026, 12, 16)) == 1);
    CHECK(month->moreCount(QDate(2026, 12, 16)) == 0);
    CHECK(month->moreRect(QDate(2026, 12, 16)).isEmpty());
    // The day's lines and its "+N more" stay inside its cell.
    const QRect more = month->moreRect(tuesday);
    CHECK(more.bottom() < month->dayPoint(tuesday.addDays(7)).y());
    QTest::mouseClick(month, Qt::LeftButton, {}, more.center());
    CHECK(f.view->mode() == CalendarMode::Day);
    CHECK(f.view->date() == tuesday);
}

TEST_CASE("dragging over month days asks for an all-day range, an entry dragged to another day moves by days",
          "[ui][calendar]") {
    CalendarViewFixture f;
    f.view->setMode(CalendarMode::Month);
    f.view->setEntries({Test::timedEntry(u"call"_s, u"电话：报价跟进"_s, tuesday, QTime(9, 30), QTime(10, 0))});
    QSignalSpy creates(f.view.get(), &CalendarView::createRequested);
    QSignalSpy moves(f.view.get(), &CalendarView::moveRequested);
    CalendarMonthView* month = f.view->monthView();
    Test::dragMouse(month, month->dayPoint(QDate(2026, 12, 16)), month->dayPoint(QDate(2026, 12, 18)));
    REQUIRE(creates.size() == 1);
    CHECK(creates.at(0).at(0).toDateTime() == f.at(QDate(2026, 12, 16), QTime(0, 0)));
    CHECK(creates.at(0).at(1).toDateTime() == f.at(QDate(2026, 12, 19), QTime(0, 0)));
    CHECK(creates.at(0).at(2).toBool());
    Test::dragMouse(month, month->entryRect(tuesday, u"call"_s).center(), month->dayPoint(QDate(2026, 12, 24)));
    REQUIRE(moves.size() == 1);
    CHECK(moves.at(0).at(1).toDateTime() == f.at(QDate(2026, 12, 24), QTime(9, 30)));
    CHECK(moves.at(0).at(2).toDateTime() == f.at(QDate(2026, 12, 24), QTime(10, 0)));
}

TEST_CASE("the month's arrows move the selected day, into the next month too, Enter opens the day", "[ui][calendar]") {
    CalendarViewFixture f;
    f.view->setMode(CalendarMode::Month);
    CalendarMonthView* month = f.view->monthView();
    QTest::keyClick(month, Qt::Key_Down);
    CHECK(month->selectedDate() == QDate(2026, 12, 16));
    QTest::keyClick(month, Qt::Key_Down);
    QTest::keyClick(month, Qt::Key_Down);
    CHECK(month->selectedDate() == QDate(2026, 12, 30));
    QTest::keyClick(month, Qt::Key_Down);
    CHECK(f.view->date() == QDate(2027, 1, 6));
    CHECK(f.view->visibleRange().first == QDate(2026, 12, 28));
    QTest::keyClick(month, Qt::Key_Return);
    CHECK(f.view->mode() == CalendarMode::Day);
    CHECK(f.view->date() == QDate(2027, 1, 6));
}

TEST_CASE("the agenda lists each day's entries under its date, all-day ones first", "[ui][calendar]") {
    CalendarViewFixture f;
    f.view->setMode(CalendarMode::Agenda);
    QSignalSpy activations(f.view.get(), &CalendarView::activated);
    f.view->setEntries({
        Test::timedEntry(u"late"_s, u"Pipeline review"_s, QDate(2026, 12, 10), QTime(16, 0), QTime(17, 0)),
        Test::timedEntry(u"early"_s, u"上海客户视频会议"_s, QDate(2026, 12, 10), QTime(8, 0), QTime(9, 0)),
        Test::allDayEntry(u"fair"_s, u"Trade fair"_s, QDate(2026, 12, 10), QDate(2026, 12, 12)),
        Test::timedEntry(u"past"_s, u"Before the range"_s, QDate(2026, 12, 1), QTime(8, 0), QTime(9, 0)),
    });
    CHECK(f.view->visibleRange() == CalendarRange{QDate(2026, 12, 9), QDate(2027, 1, 8)});
    CHECK(f.view->agendaView()->rowTexts() ==
          QStringList{u"2026-12-10"_s, u"fair"_s, u"early"_s, u"late"_s, u"2026-12-11"_s, u"fair"_s});
    QTest::keyClick(f.view->agendaView(), Qt::Key_Down);
    QTest::keyClick(f.view->agendaView(), Qt::Key_Down);
    CHECK(f.view->selectedKey() == u"early"_s);
    QTest::keyClick(f.view->agendaView(), Qt::Key_Enter);
    REQUIRE(activations.size() == 1);
    CHECK(activations.at(0).at(0).toString() == u"early"_s);
}

TEST_CASE("dropping .ics files onto the calendar hands their paths on, other files are refused", "[ui][calendar]") {
    CalendarViewFixture f;
    QSignalSpy dropped(f.view.get(), &CalendarView::filesDropped);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(u"/tmp/invite.ics"_s), QUrl::fromLocalFile(u"/tmp/notes.txt"_s),
                  QUrl::fromLocalFile(u"/tmp/EXPORT.ICS"_s)});
    const QPoint pos = f.view->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.view.get(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.view.get(), &drop);
    REQUIRE(dropped.size() == 1);
    CHECK(dropped.at(0).at(0).toStringList() == QStringList{u"/tmp/invite.ics"_s, u"/tmp/EXPORT.ICS"_s});

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(u"/tmp/notes.txt"_s)});
    QDragEnterEvent refused(pos, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(f.view.get(), &refused);
    CHECK_FALSE(refused.isAccepted());
}
