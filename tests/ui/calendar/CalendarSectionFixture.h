#pragma once

#include "../ListChecks.h"
#include "../ModalDialogs.h"
#include "CalendarTestData.h"
#include "TempDatabase.h"

#include "AppContext.h"
#include "calendar/CalendarSection.h"
#include "calendar/CalendarTimeGrid.h"
#include "calendar/CalendarView.h"
#include "calendar/EventEditorDialog.h"
#include "services/DisplayZone.h"
#include "store/records/EventRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/UndoHistory.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace Fieldbook::Test {

inline CalendarTime berlinTime(QDate date, QTime time) {
    return CalendarTime::zoned(date, time, "Europe/Berlin");
}

/// The Calendar section on a fresh store, in German (weeks from Monday) on Berlin time, showing
/// the week of Wednesday 9 December 2026, at 1366x768. The clock is the real one: a fixed clock
/// ahead of it would leave the store's process-wide logical clock in the future for later tests.
struct CalendarSectionFixture {
    CalendarSectionFixture() {
        QStandardPaths::setTestModeEnabled(true);
        REQUIRE(DisplayZone::save(tmp.db(), "Europe/Berlin"));
        section = std::make_unique<CalendarSection>(context);
        section->setLocale(QLocale(QLocale::German, QLocale::Germany));
        section->view()->setMode(CalendarMode::Week);
        section->view()->setDate(QDate(2026, 12, 9));
        section->resize(1366, 768);
        section->show();
        REQUIRE(QTest::qWaitForWindowExposed(section.get()));
        settle();
    }

    CalendarView* view() const { return section->view(); }
    CalendarTimeGrid* grid() const { return section->view()->timeGrid(); }
    QWidget* viewport() const { return grid()->viewport(); }

    /// Saves an event of the local user (or `owner`) from `from` to `to` on `date`, Berlin time.
    CalendarEvent add(const QString& title, QDate date, QTime from, QTime to, const QString& rule = {},
                      const QString& owner = {}) {
        CalendarEvent e;
        e.title = title;
        e.start = berlinTime(date, from);
        e.end = berlinTime(date, to);
        if (!rule.isEmpty())
            e.rrules = {rule};
        e.ownerId = owner;
        auto saved = EventRepository(tmp.db()).save(e);
        REQUIRE(saved);
        settle();
        return *saved;
    }
    QString colleague(const QString& name) {
        User u;
        u.name = name;
        return UserRepository(tmp.db()).save(u).value().id;
    }

    /// The entries shown with `title`.
    QList<CalendarEntry> entries(const QString& title) const {
        QList<CalendarEntry> found;
        for (const CalendarEntry& e : view()->entries())
            if (e.title == title)
                found.append(e);
        return found;
    }
    CalendarEntry entry(const QString& title) const {
        const QList<CalendarEntry> found = entries(title);
        REQUIRE(found.size() == 1);
        return found.first();
    }
    /// "Mi 10:00–11:30 Title" for each shown entry, in order.
    QStringList shown() const {
        QStringList lines;
        for (const CalendarEntry& e : view()->entries())
            lines.append(e.start.toString(u"ddd HH:mm"_s) + u'–' + e.end.toString(u"HH:mm"_s) + u' ' + e.title);
        return lines;
    }

    TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    std::unique_ptr<CalendarSection> section;
};

} // namespace Fieldbook::Test
