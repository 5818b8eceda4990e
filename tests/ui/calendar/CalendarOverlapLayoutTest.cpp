#include "CalendarTestData.h"

#include "calendar/CalendarGridLayout.h"
#include "calendar/CalendarOverlapLayout.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;

namespace {
using Span = CalendarOverlapLayout::Span;

CalendarOverlapLayout::Options options(int width, int minWidth = 10) {
    return {width, minWidth, 20, 0};
}

CalendarGridLayout::Options allDayRows(int rows) {
    CalendarGridLayout::Options result;
    result.maxAllDayRows = rows;
    return result;
}

/// left and width of each entry by its index (-1 -1 when it is not placed).
QList<std::pair<int, int>> placed(const CalendarOverlapLayout::Result& result, int count) {
    QList<std::pair<int, int>> byIndex(count, {-1, -1});
    for (const auto& placement : result.placements)
        byIndex[placement.index] = {placement.left, placement.width};
    return byIndex;
}
} // namespace

TEST_CASE("two overlapping entries share the column, the next one alone takes it whole", "[ui][calendar]") {
    // 09:00-10:00, 09:30-10:30, 10:30-11:00 at one pixel a minute.
    const auto result = CalendarOverlapLayout::arrange({{540, 600}, {570, 630}, {630, 660}}, options(300));
    CHECK(placed(result, 3) == QList<std::pair<int, int>>{{0, 150}, {150, 150}, {0, 300}});
    CHECK(result.markers.isEmpty());
}

TEST_CASE("an entry widens over the columns to its right that nothing beside it uses", "[ui][calendar]") {
    // A 09-11 takes column 0; B and C 09-10 columns 1 and 2; D 10-11 goes into column 1 and, with
    // C over by then, widens over column 2 as well.
    const QList<Span> spans{{540, 660}, {540, 600}, {540, 600}, {600, 660}};
    const auto result = CalendarOverlapLayout::arrange(spans, options(300));
    CHECK(placed(result, 4) == QList<std::pair<int, int>>{{0, 100}, {100, 100}, {200, 100}, {100, 200}});
    const auto columns = [&result](int index) {
        for (const auto& placement : result.placements)
            if (placement.index == index)
                return placement.column;
        return -1;
    };
    CHECK(columns(3) == 1);
}

TEST_CASE("entries of the same start are ordered longest first, and a gap separates neighbours", "[ui][calendar]") {
    const QList<Span> spans{{0, 30}, {0, 90}};
    const auto result = CalendarOverlapLayout::arrange(spans, {200, 10, 20, 4});
    // The longer one (index 1) is leftmost; the gap is taken from the left one only.
    CHECK(placed(result, 2) == QList<std::pair<int, int>>{{100, 100}, {0, 96}});
}

TEST_CASE("columns that do not fit at the readable width go into +N markers", "[ui][calendar]") {
    // Six entries over the same hour in 100 pixels, 30 readable, a marker 20 wide: (100-20)/30 = 2 shown.
    QList<Span> spans(6, Span{600, 660});
    spans.append({700, 720}); // and one alone later, in full width
    const auto result = CalendarOverlapLayout::arrange(spans, options(100, 30));
    REQUIRE(result.markers.size() == 1);
    const auto& marker = result.markers.first();
    CHECK(marker.indices == QList<int>{2, 3, 4, 5});
    CHECK(marker.left == 80);
    CHECK(marker.width == 20);
    CHECK(marker.top == 600);
    CHECK(marker.bottom == 660);
    CHECK(placed(result, 7) ==
          QList<std::pair<int, int>>{{0, 40}, {40, 40}, {-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}, {0, 100}});
}

TEST_CASE("thirty entries on one day each get a rectangle of their own or are counted in a +N", "[ui][calendar]") {
    const QDate day(2026, 12, 8);
    const QList<CalendarEntry> entries = Test::busyDay(day);
    for (const int width : {180, 400, 1200}) {
        INFO("day column " << width << " pixels wide");
        CalendarGridGeometry geometry;
        geometry.setDays({day});
        geometry.setGutter(0);
        geometry.setWidth(width);
        geometry.setHourHeight(48);
        CalendarGridLayout layout;
        layout.build(entries, geometry, {60, 20, 28, 2, 3});
        QSet<int> seen;
        for (const auto& box : layout.boxes()) {
            CHECK(box.rect.width() >= 60 - 2 - 1); // the readable width less the gap and rounding
            CHECK(box.rect.height() >= 20);
            CHECK(box.rect.right() < width);
            seen.insert(box.entry);
        }
        for (const auto& more : layout.mores())
            for (const int entry : more.entries)
                seen.insert(entry);
        CHECK(seen.size() == 30);
        qsizetype counted = layout.boxes().size();
        for (const auto& more : layout.mores())
            counted += more.entries.size();
        CHECK(counted == 30); // nothing twice
        for (int a = 0; a < layout.boxes().size(); ++a)
            for (int b = a + 1; b < layout.boxes().size(); ++b)
                CHECK_FALSE(layout.boxes().at(a).rect.intersects(layout.boxes().at(b).rect));
        for (const auto& more : layout.mores())
            for (const auto& box : layout.boxes())
                CHECK_FALSE(more.rect.intersects(box.rect));
    }
}

TEST_CASE("an entry over midnight is cut into a part on each day, only the last part can be resized",
          "[ui][calendar]") {
    const QDate monday(2026, 12, 7);
    CalendarGridGeometry geometry;
    geometry.setDays({monday, monday.addDays(1)});
    geometry.setWidth(400);
    geometry.setHourHeight(60);
    CalendarEntry late = Test::timedEntry(u"late"_s, u"Night shift"_s, monday, QTime(22, 0), QTime(2, 0));
    late.end = QDateTime(monday.addDays(1), QTime(2, 0), Test::berlin());
    CalendarGridLayout layout;
    layout.build({late}, geometry, {});
    REQUIRE(layout.boxes().size() == 2);
    CHECK(layout.boxes().at(0).day == 0);
    CHECK(layout.boxes().at(0).rect.top() == 22 * 60);
    CHECK(layout.boxes().at(0).rect.bottom() + 1 == 24 * 60);
    CHECK_FALSE(layout.boxes().at(0).lastPart);
    CHECK(layout.boxes().at(1).day == 1);
    CHECK(layout.boxes().at(1).rect.top() == 0);
    CHECK(layout.boxes().at(1).rect.height() == 120);
    CHECK(layout.boxes().at(1).lastPart);
}

TEST_CASE("all-day entries stack in rows of the strip, rows that do not fit are counted per day", "[ui][calendar]") {
    const QDate monday(2026, 12, 7);
    CalendarGridGeometry geometry;
    QList<QDate> week;
    for (int i = 0; i < 7; ++i)
        week.append(monday.addDays(i));
    geometry.setDays(week);
    geometry.setWidth(700);
    const QList<CalendarEntry> entries{
        Test::allDayEntry(u"fair"_s, u"Trade fair"_s, monday, monday.addDays(3)),            // Mon-Wed
        Test::allDayEntry(u"holiday"_s, u"Holiday"_s, monday.addDays(1), monday.addDays(2)), // Tue
        Test::allDayEntry(u"trip"_s, u"出差 上海"_s, monday.addDays(1), monday.addDays(5)),  // Tue-Fri
        Test::allDayEntry(u"audit"_s, u"Audit"_s, monday.addDays(2), monday.addDays(3)),     // Wed
    };
    CalendarGridLayout layout;
    layout.build(entries, geometry, allDayRows(5));
    REQUIRE(layout.bars().size() == 4);
    CHECK(layout.allDayRows() == 3);
    CHECK(layout.bars().at(0).row == 0);
    CHECK(layout.bars().at(0).lastDay == 2);

    layout.build(entries, geometry, allDayRows(2));
    CHECK(layout.allDayRows() == 2);
    CHECK(layout.bars().size() == 1); // row 0 only; the second row holds the "+N" markers
    CHECK(layout.allDayMore().at(1).size() == 2);
    CHECK(layout.allDayMore().at(2).size() == 2);
    CHECK(layout.allDayMore().at(4).size() == 1);
    CHECK(layout.allDayMore().at(5).isEmpty());
}
