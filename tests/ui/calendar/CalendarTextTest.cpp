#include "StringMakers.h"

#include "calendar/CalendarDateFormat.h"
#include "calendar/CalendarPeriod.h"
#include "calendar/CalendarText.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {
const QLocale us(QLocale::English, QLocale::UnitedStates);
const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
const QLocale german(QLocale::German, QLocale::Germany);
const QLocale chinese(QLocale::Chinese, QLocale::China);
} // namespace

TEST_CASE("the week starts on the locale's first day of the week", "[ui][calendar]") {
    const QDate wednesday(2026, 12, 9);
    CHECK(CalendarPeriod::range(CalendarMode::Week, wednesday, us) ==
          CalendarRange{QDate(2026, 12, 6), QDate(2026, 12, 13)});
    CHECK(CalendarPeriod::range(CalendarMode::Week, wednesday, german) ==
          CalendarRange{QDate(2026, 12, 7), QDate(2026, 12, 14)});
    CHECK(CalendarPeriod::weekStart(QDate(2026, 12, 6), us) == QDate(2026, 12, 6)); // a Sunday
    CHECK(CalendarPeriod::weekStart(QDate(2026, 12, 6), german) == QDate(2026, 11, 30));
    // The month view: six weeks from the first day of the week holding the 1st (a Tuesday).
    CHECK(CalendarPeriod::range(CalendarMode::Month, wednesday, us) ==
          CalendarRange{QDate(2026, 11, 29), QDate(2027, 1, 10)});
    CHECK(CalendarPeriod::range(CalendarMode::Month, wednesday, german) ==
          CalendarRange{QDate(2026, 11, 30), QDate(2027, 1, 11)});
    CHECK(CalendarPeriod::range(CalendarMode::Day, wednesday, us) == CalendarRange{wednesday, wednesday.addDays(1)});
    CHECK(CalendarPeriod::range(CalendarMode::Agenda, wednesday, us).days() == CalendarPeriod::kAgendaDays);
}

TEST_CASE("the work week is the locale's working days of the week", "[ui][calendar]") {
    const QDate wednesday(2026, 12, 9);
    const QList<QDate> german5 = CalendarPeriod::gridDays(CalendarMode::WorkWeek, wednesday, german);
    CHECK(german5 ==
          QList<QDate>{QDate(2026, 12, 7), QDate(2026, 12, 8), wednesday, QDate(2026, 12, 10), QDate(2026, 12, 11)});
    CHECK(CalendarPeriod::gridDays(CalendarMode::WorkWeek, wednesday, us).first() == QDate(2026, 12, 7));
    // Egypt: the week starts on Saturday, work is Sunday to Thursday.
    const QLocale egypt(QLocale::Arabic, QLocale::Egypt);
    const QList<QDate> egyptian = CalendarPeriod::gridDays(CalendarMode::WorkWeek, wednesday, egypt);
    CHECK(egyptian.first() == QDate(2026, 12, 6));
    CHECK(egyptian.last() == QDate(2026, 12, 10));
    CHECK(egyptian.size() == 5);
}

TEST_CASE("previous and next move by the view's period", "[ui][calendar]") {
    const QDate date(2027, 1, 31);
    CHECK(CalendarPeriod::step(CalendarMode::Day, date, 1) == QDate(2027, 2, 1));
    CHECK(CalendarPeriod::step(CalendarMode::Week, date, -1) == QDate(2027, 1, 24));
    CHECK(CalendarPeriod::step(CalendarMode::WorkWeek, date, 1) == QDate(2027, 2, 7));
    CHECK(CalendarPeriod::step(CalendarMode::Month, date, 1) == QDate(2027, 2, 28));
    CHECK(CalendarPeriod::step(CalendarMode::Agenda, date, 1) == date.addDays(CalendarPeriod::kAgendaDays));
}

TEST_CASE("hour labels follow the locale's time format: 12 hours with AM/PM or 24 hours", "[ui][calendar]") {
    CHECK(CalendarText::hourLabel(13, us).startsWith(u"1:00"_s));
    CHECK(CalendarText::hourLabel(13, us).endsWith(u"PM"_s));
    CHECK(CalendarText::hourLabel(9, us).endsWith(u"AM"_s));
    CHECK(CalendarText::hourLabel(13, german) == u"13:00"_s);
    CHECK(CalendarText::hourLabel(9, german) == u"09:00"_s);
    CHECK(CalendarText::hourLabel(13, chinese) == u"13:00"_s);
}

TEST_CASE("period titles keep the locale's order of day, month and year", "[ui][calendar]") {
    const QDate wednesday(2026, 12, 9);
    CHECK(CalendarText::periodTitle(CalendarMode::Week, wednesday, uk) == u"7 – 13 December 2026"_s);
    CHECK(CalendarText::periodTitle(CalendarMode::Week, wednesday, us) == u"December 6 – 12, 2026"_s);
    CHECK(CalendarText::periodTitle(CalendarMode::Week, wednesday, german) == u"7 – 13. Dezember 2026"_s);
    CHECK(CalendarText::periodTitle(CalendarMode::Week, wednesday, chinese) == u"2026年12月6 – 12日"_s);
    CHECK(CalendarText::periodTitle(CalendarMode::Month, wednesday, uk) == u"December 2026"_s);
    CHECK(CalendarText::periodTitle(CalendarMode::Month, wednesday, chinese) == u"2026年12月"_s);
    CHECK(CalendarText::periodTitle(CalendarMode::Month, wednesday, german) == u"Dezember 2026"_s);
    CHECK(CalendarText::periodTitle(CalendarMode::Day, wednesday, us) == u"Wednesday, December 9, 2026"_s);
    CHECK(CalendarText::periodTitle(CalendarMode::Day, wednesday, chinese) == u"2026年12月9日星期三"_s);
}

TEST_CASE("ranges across months and years repeat only what differs", "[ui][calendar]") {
    CHECK(CalendarDateFormat(uk).range(QDate(2026, 11, 30), QDate(2026, 12, 6)) == u"30 November – 6 December 2026"_s);
    CHECK(CalendarDateFormat(us).range(QDate(2026, 11, 29), QDate(2026, 12, 5)) == u"November 29 – December 5, 2026"_s);
    CHECK(CalendarDateFormat(chinese).range(QDate(2026, 11, 29), QDate(2026, 12, 5)) == u"2026年11月29 – 12月5日"_s);
    CHECK(CalendarDateFormat(uk).range(QDate(2026, 12, 28), QDate(2027, 1, 3)) ==
          u"28 December 2026 – 3 January 2027"_s);
    CHECK(CalendarDateFormat(german).longDate(QDate(2026, 12, 9)) == u"9. Dezember 2026"_s);
    // Russian names the month in the nominative when it stands without a day.
    CHECK(CalendarDateFormat(QLocale(QLocale::Russian, QLocale::Russia)).monthYear(QDate(2026, 12, 9)) ==
          u"декабрь 2026 г."_s);
    CHECK(CalendarDateFormat(QLocale(QLocale::Spanish, QLocale::Spain)).monthYear(QDate(2026, 12, 9)) ==
          u"diciembre de 2026"_s);
    CHECK(CalendarDateFormat(QLocale(QLocale::Hungarian, QLocale::Hungary)).monthYear(QDate(2026, 12, 9)) ==
          u"2026. december"_s);
}

TEST_CASE("busy blocks say Busy and nothing else, overlaps name the other item", "[ui][calendar]") {
    CalendarEntry busy;
    busy.kind = CalendarEntry::Kind::Busy;
    busy.title = u"Salary talk"_s; // never shown, even if the section passed it on
    busy.location = u"HR"_s;
    busy.start = QDateTime(QDate(2026, 12, 9), QTime(10, 0));
    busy.end = QDateTime(QDate(2026, 12, 9), QTime(11, 0));
    CHECK(CalendarText::title(busy) == u"Busy"_s);
    const QString tip = CalendarText::toolTip(busy, german);
    CHECK(tip == u"Busy\n10:00 – 11:00"_s);

    CalendarEntry visit = busy;
    visit.kind = CalendarEntry::Kind::Visit;
    visit.title = u"拜访苏州智远科技"_s;
    visit.conflictWith = u"Team stand-up"_s;
    visit.isPrivate = true;
    CHECK(CalendarText::toolTip(visit, german) ==
          u"拜访苏州智远科技\n10:00 – 11:00\nHR\nPrivate\nOverlaps with “Team stand-up”"_s);
}
