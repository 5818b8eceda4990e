#pragma once

#include "../ListChecks.h"
#include "CalendarTestData.h"

#include "calendar/CalendarAgendaView.h"
#include "calendar/CalendarDayHeader.h"
#include "calendar/CalendarMonthView.h"
#include "calendar/CalendarTimeGrid.h"
#include "calendar/CalendarText.h"
#include "calendar/CalendarView.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace Fieldbook::Test {

/// A calendar in German (weeks from Monday, 24 hours) showing Berlin time, on Wednesday
/// 9 December 2026 at 09:00, in the week view; shown so that painting and geometry are real.
struct CalendarViewFixture {
    CalendarViewFixture()
        : clock(QDateTime(QDate(2026, 12, 9), QTime(9, 0), berlin())) {
        view = std::make_unique<CalendarView>();
        view->setLocale(QLocale(QLocale::German, QLocale::Germany));
        view->setDisplayZone(berlin());
        view->setDate(QDate(2026, 12, 9));
        view->resize(1200, 900);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        settle();
    }

    CalendarTimeGrid* grid() const { return view->timeGrid(); }
    QWidget* viewport() const { return view->timeGrid()->viewport(); }
    static QDateTime at(QDate date, QTime time) { return QDateTime(date, time, berlin()); }

    FixedClock clock;
    std::unique_ptr<CalendarView> view;
};

} // namespace Fieldbook::Test
