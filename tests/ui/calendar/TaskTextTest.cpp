#include "StringMakers.h"

#include "calendar/TaskText.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QDateTime kNow(QDate(2027, 5, 3), QTime(14, 0), kBerlin); // a Monday

QDateTime at(int days, int hour, int minute = 0) {
    return QDateTime(kNow.date().addDays(days), QTime(hour, minute), kBerlin);
}

} // namespace

TEST_CASE("due times read relative to today, without seconds or this year", "[calendar][tasks][ui]") {
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    CHECK(TaskText::dueText(at(0, 16), false, kNow, british) == u"today 16:00"_s);
    CHECK(TaskText::dueText(at(0, 0), true, kNow, british) == u"today"_s);
    CHECK(TaskText::dueText(at(1, 9), false, kNow, british) == u"tomorrow 09:00"_s);
    CHECK(TaskText::dueText(at(-1, 0), true, kNow, british) == u"yesterday"_s);
    CHECK(TaskText::dueText(at(4, 9, 30), false, kNow, british) == u"Friday 09:30"_s);
    CHECK(TaskText::dueText(at(-20, 0), true, kNow, british) == u"13/04"_s);
    CHECK(TaskText::dueText(at(300, 0), true, kNow, british) == u"27/02/2028"_s);
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    CHECK(TaskText::dueText(at(0, 16), false, kNow, american).remove(u'\u202f').remove(u' ') == u"today4:00PM"_s);
    CHECK(TaskText::shortDate({2027, 4, 13}, kNow.date(), american) == u"4/13"_s);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    CHECK(TaskText::shortDate({2027, 4, 13}, kNow.date(), chinese) == u"4/13"_s);
    CHECK(TaskText::shortDate({2026, 4, 13}, kNow.date(), chinese) == u"2026/4/13"_s);
    const QLocale c = QLocale::c();
    CHECK(TaskText::shortTime(QTime(7, 5), c) == u"07:05"_s);
}

TEST_CASE("reminders say how far away their event is and how long before it they fall due",
          "[calendar][reminders][ui]") {
    CHECK(TaskText::reminderWhen(at(0, 14, 15), false, false, kNow) == u"in 15 min"_s);
    CHECK(TaskText::reminderWhen(at(0, 15, 30), false, false, kNow) == u"in 1 h 30 min"_s);
    CHECK(TaskText::reminderWhen(at(0, 14), false, false, kNow) == u"now"_s);
    CHECK(TaskText::reminderWhen(at(0, 13, 55), false, false, kNow) == u"started 5 min ago"_s);
    CHECK(TaskText::reminderWhen(at(0, 12), false, true, kNow) == u"due 2 h ago"_s);
    CHECK(TaskText::reminderWhen(at(0, 19, 40), false, false, kNow) == u"in 6 h"_s);
    CHECK(TaskText::reminderWhen(at(-2, 15), false, false, kNow) == u"started 2 day(s) ago"_s);
    CHECK(TaskText::reminderOffset(15, false) == u"15 minute(s) before"_s);
    CHECK(TaskText::reminderOffset(0, false) == u"at the due time"_s);
    CHECK(TaskText::reminderOffset(24 * 60, false) == u"1 day(s) before"_s);
    CHECK(TaskText::reminderOffset(90, false) == u"1 h 30 min before"_s);
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    CHECK(TaskText::reminderOffset(-9 * 60, true, british) == u"at 09:00 on the day"_s);
    CHECK(TaskText::reminderOffset(24 * 60 - 9 * 60, true, british) == u"at 09:00 the day before"_s);
    CHECK(TaskText::reminderOffset(7 * 24 * 60 - 9 * 60, true, british) == u"at 09:00, 7 days before"_s);
}
