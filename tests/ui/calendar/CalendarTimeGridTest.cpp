#include "CalendarViewFixture.h"
#include "StringMakers.h"

#include <QMenu>

using namespace Fieldbook;
using Test::CalendarViewFixture;

namespace {
const QDate tuesday(2026, 12, 8);
const QDate wednesday(2026, 12, 9);
const QDate thursday(2026, 12, 10);

struct GridFixture : CalendarViewFixture {
    GridFixture()
        : creates(view.get(), &CalendarView::createRequested)
        , moves(view.get(), &CalendarView::moveRequested)
        , activations(view.get(), &CalendarView::activated) {
        CalendarEntry visit = Test::timedEntry(u"visit"_s, u"拜访苏州智远科技"_s, tuesday, QTime(10, 0), QTime(11, 0));
        visit.kind = CalendarEntry::Kind::Visit;
        CalendarEntry fixed = Test::timedEntry(u"fixed"_s, u"Board meeting"_s, tuesday, QTime(14, 0), QTime(15, 0));
        fixed.readOnly = true;
        CalendarEntry busy = Test::timedEntry(u"busy"_s, {}, thursday, QTime(9, 0), QTime(10, 0));
        busy.kind = CalendarEntry::Kind::Busy;
        view->setEntries({visit, fixed, busy});
        Test::settle();
    }

    QSignalSpy creates;
    QSignalSpy moves;
    QSignalSpy activations;
};
} // namespace

TEST_CASE("the week view shows the seven days from Monday and opens at the working day", "[ui][calendar]") {
    CalendarViewFixture f;
    CHECK(f.view->mode() == CalendarMode::Week);
    CHECK(f.grid()->days().size() == 7);
    CHECK(f.grid()->days().first() == QDate(2026, 12, 7));
    CHECK(f.view->visibleRange() == CalendarRange{QDate(2026, 12, 7), QDate(2026, 12, 14)});
    // 08:00 is at the top of the hour rows, with room for its label above the line.
    const int eight = f.grid()->pointAt(wednesday, QTime(8, 0)).y();
    CHECK(eight > 0);
    CHECK(eight <= f.grid()->fontMetrics().height());
}

TEST_CASE("dragging over empty time asks to create exactly that time, snapped to 15 minutes", "[ui][calendar]") {
    GridFixture f;
    Test::dragMouse(f.viewport(), f.grid()->pointAt(wednesday, QTime(10, 0)),
                    f.grid()->pointAt(wednesday, QTime(11, 30)));
    REQUIRE(f.creates.size() == 1);
    CHECK(f.creates.at(0).at(0).toDateTime() == f.at(wednesday, QTime(10, 0)));
    CHECK(f.creates.at(0).at(1).toDateTime() == f.at(wednesday, QTime(11, 30)));
    CHECK(f.creates.at(0).at(2).toBool() == false);
    CHECK(f.creates.at(0).at(0).toDateTime().timeZone() == Test::berlin());

    // Dragging upwards from 16:05 to 14:52 gives 14:45 to 16:00; a plain click creates nothing.
    f.creates.clear();
    Test::dragMouse(f.viewport(), f.grid()->pointAt(wednesday, QTime(16, 5)),
                    f.grid()->pointAt(wednesday, QTime(14, 52)));
    REQUIRE(f.creates.size() == 1);
    CHECK(f.creates.at(0).at(0).toDateTime() == f.at(wednesday, QTime(14, 45)));
    CHECK(f.creates.at(0).at(1).toDateTime() == f.at(wednesday, QTime(16, 0)));
    f.creates.clear();
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.grid()->pointAt(wednesday, QTime(12, 10)));
    CHECK(f.creates.isEmpty());
    // The click selected the half hour, which Ctrl+N (the section's) creates in.
    const CalendarSlot slot = f.view->selectedSlot();
    CHECK(slot.start == f.at(wednesday, QTime(12, 0)));
    CHECK(slot.end == f.at(wednesday, QTime(12, 30)));
    f.view->requestCreate();
    CHECK(f.creates.size() == 1);
}

TEST_CASE("dragging an entry to another day moves it there with the same duration", "[ui][calendar]") {
    GridFixture f;
    const QPoint grab = f.grid()->pointAt(tuesday, QTime(10, 15));
    REQUIRE(f.grid()->entryRect(u"visit"_s).contains(grab));
    Test::dragMouse(f.viewport(), grab, f.grid()->pointAt(thursday, QTime(14, 15)));
    REQUIRE(f.moves.size() == 1);
    CHECK(f.moves.at(0).at(0).toString() == u"visit"_s);
    CHECK(f.moves.at(0).at(1).toDateTime() == f.at(thursday, QTime(14, 0)));
    CHECK(f.moves.at(0).at(2).toDateTime() == f.at(thursday, QTime(15, 0)));
    CHECK(f.creates.isEmpty());
}

TEST_CASE("dragging an entry's bottom edge asks for a new end", "[ui][calendar]") {
    GridFixture f;
    const QRect box = f.grid()->entryRect(u"visit"_s);
    const QPoint edge(box.center().x(), box.bottom() - 1);
    Test::dragMouse(f.viewport(), edge, f.grid()->pointAt(tuesday, QTime(12, 30)));
    REQUIRE(f.moves.size() == 1);
    CHECK(f.moves.at(0).at(1).toDateTime() == f.at(tuesday, QTime(10, 0)));
    CHECK(f.moves.at(0).at(2).toDateTime() == f.at(tuesday, QTime(12, 30)));
}

TEST_CASE("Esc during a drag cancels it: nothing is asked", "[ui][calendar]") {
    GridFixture f;
    Test::dragMouse(f.viewport(), f.grid()->pointAt(tuesday, QTime(10, 15)), f.grid()->pointAt(thursday, QTime(14, 15)),
                    false);
    QTest::keyClick(f.grid(), Qt::Key_Escape);
    Test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, f.grid()->pointAt(thursday, QTime(14, 15)),
                    Qt::LeftButton, Qt::NoButton);
    Test::dragMouse(f.viewport(), f.grid()->pointAt(wednesday, QTime(10, 0)),
                    f.grid()->pointAt(wednesday, QTime(12, 0)), false);
    QTest::keyClick(f.grid(), Qt::Key_Escape);
    Test::sendMouse(f.viewport(), QEvent::MouseButtonRelease, f.grid()->pointAt(wednesday, QTime(12, 0)),
                    Qt::LeftButton, Qt::NoButton);
    CHECK(f.moves.isEmpty());
    CHECK(f.creates.isEmpty());
}

TEST_CASE("read-only entries and busy blocks cannot be dragged", "[ui][calendar]") {
    GridFixture f;
    Test::dragMouse(f.viewport(), f.grid()->pointAt(tuesday, QTime(14, 20)), f.grid()->pointAt(tuesday, QTime(16, 20)));
    Test::dragMouse(f.viewport(), f.grid()->pointAt(thursday, QTime(9, 20)),
                    f.grid()->pointAt(thursday, QTime(11, 20)));
    CHECK(f.moves.isEmpty());
    CHECK(f.creates.isEmpty()); // pressing on an entry never creates
    CHECK(f.grid()->selectedKey() == u"busy"_s);
}

TEST_CASE("dragging over days of the all-day strip asks for an all-day range", "[ui][calendar]") {
    GridFixture f;
    QWidget* header = f.grid()->header();
    Test::dragMouse(header, f.grid()->allDayPointAt(tuesday), f.grid()->allDayPointAt(thursday));
    REQUIRE(f.creates.size() == 1);
    CHECK(f.creates.at(0).at(0).toDateTime() == f.at(tuesday, QTime(0, 0)));
    CHECK(f.creates.at(0).at(1).toDateTime() == f.at(thursday.addDays(1), QTime(0, 0)));
    CHECK(f.creates.at(0).at(2).toBool());
}

TEST_CASE("Enter opens the selected entry, arrows move the selection", "[ui][calendar]") {
    GridFixture f;
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.grid()->pointAt(tuesday, QTime(10, 30)));
    CHECK(f.view->selectedKey() == u"visit"_s);
    QTest::keyClick(f.grid(), Qt::Key_Return);
    REQUIRE(f.activations.size() == 1);
    CHECK(f.activations.at(0).at(0).toString() == u"visit"_s);
    QTest::keyClick(f.grid(), Qt::Key_Down); // the next entry in time
    CHECK(f.view->selectedKey() == u"fixed"_s);
    QTest::keyClick(f.grid(), Qt::Key_Right); // Wednesday has none: the slot at 14:00 there
    CHECK(f.view->selectedKey().isEmpty());
    CHECK(f.view->selectedSlot().start == f.at(wednesday, QTime(14, 0)));
    QTest::keyClick(f.grid(), Qt::Key_Down);
    QTest::keyClick(f.grid(), Qt::Key_Down, Qt::ShiftModifier);
    CHECK(f.view->selectedSlot().start == f.at(wednesday, QTime(14, 30)));
    CHECK(f.view->selectedSlot().end == f.at(wednesday, QTime(15, 30)));
    QTest::keyClick(f.grid(), Qt::Key_Right); // Thursday: its busy block is not at 14:30, the slot moves on
    CHECK(f.view->selectedSlot().start == f.at(thursday, QTime(14, 30)));
    QTest::keyClick(f.grid(), Qt::Key_Return);
    REQUIRE(f.creates.size() == 1);
    CHECK(f.creates.at(0).at(0).toDateTime() == f.at(thursday, QTime(14, 30)));
    // Double-clicking an entry opens it too.
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, f.grid()->pointAt(tuesday, QTime(10, 30)));
    CHECK(f.activations.size() == 2);
}

TEST_CASE("Delete asks to delete the selected entry unless it is read-only", "[ui][calendar]") {
    GridFixture f;
    QSignalSpy deletes(f.view.get(), &CalendarView::deleteRequested);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.grid()->pointAt(tuesday, QTime(14, 30)));
    QTest::keyClick(f.grid(), Qt::Key_Delete);
    CHECK(deletes.isEmpty());
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.grid()->pointAt(tuesday, QTime(10, 30)));
    QTest::keyClick(f.grid(), Qt::Key_Delete);
    REQUIRE(deletes.size() == 1);
    CHECK(deletes.at(0).at(0).toString() == u"visit"_s);
}

TEST_CASE("an overlapping entry's tooltip names what it overlaps, a busy block says only Busy", "[ui][calendar]") {
    CalendarViewFixture f;
    CalendarEntry visit = Test::timedEntry(u"v"_s, u"拜访苏州智远科技"_s, tuesday, QTime(10, 0), QTime(11, 0));
    visit.conflictWith = u"Team stand-up"_s;
    CalendarEntry busy = Test::timedEntry(u"b"_s, u"Salary talk"_s, tuesday, QTime(10, 0), QTime(11, 0));
    busy.kind = CalendarEntry::Kind::Busy;
    f.view->setEntries({visit, busy});
    const auto tip = [&f](const QString& key) {
        const QPoint pos = f.grid()->entryRect(key).center();
        QHelpEvent help(QEvent::ToolTip, pos, f.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(f.viewport(), &help);
        return QToolTip::text();
    };
    CHECK(tip(u"v"_s).contains(u"Overlaps with “Team stand-up”"_s));
    CHECK(tip(u"b"_s) == u"Busy\n10:00 – 11:00"_s);
    CHECK_FALSE(tip(u"b"_s).contains(u"Salary"_s));
}

TEST_CASE("a +N marker lists the entries that did not fit beside the others, choosing one opens it", "[ui][calendar]") {
    CalendarViewFixture f;
    QSignalSpy activations(f.view.get(), &CalendarView::activated);
    f.view->setEntries(Test::busyDay(tuesday));
    const int offset = f.grid()->pointAt(tuesday, QTime(0, 0)).y(); // content to viewport
    const CalendarGridLayout::More* shown = nullptr;
    for (const auto& more : f.grid()->entryLayout().mores())
        if (f.viewport()->rect().contains(more.rect.translated(0, offset).center()))
            shown = &more;
    REQUIRE(shown != nullptr);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, shown->rect.translated(0, offset).center());
    QMenu* menu = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->objectName() == u"calendarMoreMenu"_s && widget->isVisible())
            menu = qobject_cast<QMenu*>(widget);
    REQUIRE(menu != nullptr);
    REQUIRE(menu->actions().size() == shown->entries.size());
    const QString key = f.grid()->entries().at(shown->entries.first()).key;
    menu->actions().first()->trigger();
    menu->close();
    REQUIRE(activations.size() == 1);
    CHECK(activations.at(0).at(0).toString() == key);
    CHECK(f.view->selectedKey() == key);
}

TEST_CASE("the current-time line is drawn at now in the display zone", "[ui][calendar]") {
    CalendarViewFixture f; // 09:00 in Berlin
    const auto isNowColour = [&f](QTime time) {
        const QImage image = f.viewport()->grab().toImage();
        const QPoint at = f.grid()->pointAt(wednesday, time) + QPoint(20, 0);
        const QColor colour = image.pixelColor(at * image.devicePixelRatio());
        return colour.red() > 180 && colour.green() < 110 && colour.blue() < 120;
    };
    CHECK(isNowColour(QTime(9, 0)));
    CHECK_FALSE(isNowColour(QTime(16, 0)));
    // A colleague in Shanghai sees the same instant at 16:00.
    f.view->setDisplayZone(QTimeZone("Asia/Shanghai"));
    CHECK(isNowColour(QTime(16, 0)));
    CHECK_FALSE(isNowColour(QTime(9, 0)));
}

TEST_CASE("a move over the change from summer time keeps the time on the clock and the duration", "[ui][calendar]") {
    CalendarViewFixture f;
    const QDate friday(2026, 10, 23);
    const QDate sunday(2026, 10, 25); // Berlin goes back from 03:00 CEST to 02:00 CET
    f.view->setDate(friday);
    f.view->setEntries({Test::timedEntry(u"fri"_s, u"Weekly review"_s, friday, QTime(10, 0), QTime(11, 30))});
    QSignalSpy moves(f.view.get(), &CalendarView::moveRequested);
    Test::dragMouse(f.viewport(), f.grid()->pointAt(friday, QTime(10, 15)), f.grid()->pointAt(sunday, QTime(10, 15)));
    REQUIRE(moves.size() == 1);
    const QDateTime start = moves.at(0).at(1).toDateTime();
    const QDateTime end = moves.at(0).at(2).toDateTime();
    CHECK(start == f.at(sunday, QTime(10, 0)));
    CHECK(end == f.at(sunday, QTime(11, 30)));
    CHECK(start.toUTC().time() == QTime(9, 0)); // 10:00 CET, where Friday's 10:00 was 08:00 UTC
}

TEST_CASE("an all-day bar dragged to another day moves by whole days", "[ui][calendar]") {
    CalendarViewFixture f;
    f.view->setEntries({Test::allDayEntry(u"fair"_s, u"Trade fair"_s, tuesday, thursday)}); // Tuesday and Wednesday
    QSignalSpy moves(f.view.get(), &CalendarView::moveRequested);
    QSignalSpy creates(f.view.get(), &CalendarView::createRequested);
    const QRect bar = f.grid()->allDayRect(u"fair"_s);
    REQUIRE(bar.isValid());
    const QDate friday(2026, 12, 11);
    Test::dragMouse(f.grid()->header(), QPoint(f.grid()->allDayPointAt(tuesday).x(), bar.center().y()),
                    QPoint(f.grid()->allDayPointAt(friday).x(), bar.center().y()));
    REQUIRE(moves.size() == 1);
    CHECK(moves.at(0).at(0).toString() == u"fair"_s);
    CHECK(moves.at(0).at(1).toDateTime() == f.at(friday, QTime(0, 0)));
    CHECK(moves.at(0).at(2).toDateTime() == f.at(friday.addDays(2), QTime(0, 0)));
    CHECK(creates.isEmpty());
    // Clicking a date in the header opens that day.
    QTest::mouseClick(f.grid()->header(), Qt::LeftButton, {}, QPoint(f.grid()->allDayPointAt(friday).x(), 5));
    CHECK(f.view->mode() == CalendarMode::Day);
    CHECK(f.view->date() == friday);
}
