#include "StringMakers.h"
#include "analytics/FiscalCalendar.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("a fiscal year starting in April is named after the year it ends in and crosses calendar years",
          "[analytics][fiscal]") {
    const FiscalCalendar april(4);
    struct Row {
        QDate day;
        PeriodKind kind;
        const char16_t* key;
        QDate first;
        QDate last;
    };
    const Row rows[] = {
        {QDate(2027, 3, 31), PeriodKind::Year, u"FY2027", QDate(2026, 4, 1), QDate(2027, 3, 31)},
        {QDate(2026, 4, 1), PeriodKind::Year, u"FY2027", QDate(2026, 4, 1), QDate(2027, 3, 31)},
        {QDate(2026, 3, 31), PeriodKind::Year, u"FY2026", QDate(2025, 4, 1), QDate(2026, 3, 31)},
        {QDate(2026, 4, 1), PeriodKind::Quarter, u"FY2027-Q1", QDate(2026, 4, 1), QDate(2026, 6, 30)},
        {QDate(2026, 12, 31), PeriodKind::Quarter, u"FY2027-Q3", QDate(2026, 10, 1), QDate(2026, 12, 31)},
        {QDate(2027, 2, 28), PeriodKind::Quarter, u"FY2027-Q4", QDate(2027, 1, 1), QDate(2027, 3, 31)},
        {QDate(2027, 1, 15), PeriodKind::Month, u"2027-01", QDate(2027, 1, 1), QDate(2027, 1, 31)},
        {QDate(2028, 2, 29), PeriodKind::Month, u"2028-02", QDate(2028, 2, 1), QDate(2028, 2, 29)},
    };
    for (const Row& row : rows) {
        const FiscalPeriod p = april.periodOf(row.day, row.kind);
        INFO(row.day.toString(Qt::ISODate).toStdString());
        CHECK(p.key() == QString::fromUtf16(row.key));
        CHECK(p.first == row.first);
        CHECK(p.last == row.last);
        CHECK(april.parse(p.key()) == p);
    }
    CHECK(april.periodOf(QDate(2027, 1, 15), PeriodKind::Month).fiscalYear == 2027);
    CHECK(april.periodOf(QDate(2027, 1, 15), PeriodKind::Month).number == 10);
}

TEST_CASE("a fiscal year starting in January is the calendar year", "[analytics][fiscal]") {
    const FiscalCalendar january;
    const FiscalPeriod year = january.periodOf(QDate(2026, 7, 4), PeriodKind::Year);
    CHECK(year.key() == u"FY2026"_s);
    CHECK(year.first == QDate(2026, 1, 1));
    CHECK(year.last == QDate(2026, 12, 31));
    CHECK(january.periodOf(QDate(2026, 7, 4), PeriodKind::Quarter).key() == u"FY2026-Q3"_s);
    // A bad month falls back to January rather than making periods of no length.
    CHECK(FiscalCalendar(13).firstMonth() == 1);
}

TEST_CASE("periods run from the one holding the first day to the one holding the last, and split into parts",
          "[analytics][fiscal]") {
    const FiscalCalendar april(4);
    const QList<FiscalPeriod> quarters = april.periods(QDate(2026, 3, 15), QDate(2026, 7, 1), PeriodKind::Quarter);
    REQUIRE(quarters.size() == 3);
    CHECK(quarters[0].key() == u"FY2026-Q4"_s);
    CHECK(quarters[1].key() == u"FY2027-Q1"_s);
    CHECK(quarters[2].key() == u"FY2027-Q2"_s);
    CHECK(april.periods(QDate(2026, 7, 1), QDate(2026, 3, 15), PeriodKind::Quarter).isEmpty());

    const FiscalPeriod year = *april.parse(u"FY2027"_s);
    const QList<FiscalPeriod> parts = april.parts(year);
    REQUIRE(parts.size() == 4);
    CHECK(parts.back().key() == u"FY2027-Q4"_s);
    CHECK(april.parts(parts.front()).size() == 3);
    CHECK(april.parts(april.parts(parts.front()).front()).isEmpty());
}

TEST_CASE("period keys are read in the forms a quota file uses, and nothing else", "[analytics][fiscal]") {
    const FiscalCalendar april(4);
    CHECK(april.parse(u"2027-Q1"_s)->key() == u"FY2027-Q1"_s);
    CHECK(april.parse(u"fy2027q2"_s)->key() == u"FY2027-Q2"_s);
    CHECK(april.parse(u"2027"_s)->key() == u"FY2027"_s);
    CHECK(april.parse(u" 2026-11 "_s)->first == QDate(2026, 11, 1));
    for (const QString& bad : {u"2026-13"_s, u"FY2027-Q5"_s, u"Q1"_s, u""_s, u"2026-1"_s, u"next year"_s})
        CHECK_FALSE(april.parse(bad).has_value());
    CHECK(april.startingOn(QDate(2026, 4, 1), PeriodKind::Quarter)->key() == u"FY2027-Q1"_s);
    CHECK_FALSE(april.startingOn(QDate(2026, 5, 1), PeriodKind::Quarter).has_value());
}
