#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>

namespace Fieldbook {

/// One occurrence as the calendar views show it (docs/calendar-views.md). The views know nothing of
/// the store: the section converts events and tasks into entries in the display zone.
struct CalendarEntry {
    /// What the entry is; Busy is a colleague's block shown without details.
    enum class Kind { Meeting, Visit, Call, Other, Task, Busy };

    /// Unique per occurrence ("eventId|recurrenceId").
    QString key;
    QString title;
    QString location;
    QString ownerName;
    /// In the display zone; `end` is exclusive. For all-day entries only the dates count (end date exclusive).
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    Kind kind = Kind::Meeting;
    bool recurring = false;
    bool isPrivate = false;
    bool tentative = false;
    bool cancelled = false;
    /// Cannot be moved or resized by dragging (Busy entries never can).
    bool readOnly = false;
    /// Non-empty: the title of an item this one overlaps; the views show a warning mark.
    QString conflictWith;
    /// Invalid: a colour by kind, taken from the palette.
    QColor color;

    /// Dragging may move or resize it.
    bool movable() const { return !readOnly && kind != Kind::Busy; }
    /// Shown in the all-day strip of the time grid: all-day, or a timed entry of 24 hours or more.
    bool spansDays() const { return allDay || start.secsTo(end) >= 24 * 3600; }
    /// The first date it covers.
    QDate firstDate() const { return start.date(); }
    /// The day after the last date it covers (an entry ending at midnight does not cover the next day).
    QDate lastDateExclusive() const {
        if (allDay)
            return std::max(end.date(), start.date().addDays(1));
        if (end <= start)
            return start.date().addDays(1);
        return end.time() == QTime(0, 0) ? end.date() : end.date().addDays(1);
    }
};

/// A span of time chosen in a view, to create an entry in (all-day: whole dates, end exclusive).
struct CalendarSlot {
    QDateTime start;
    QDateTime end;
    bool allDay = false;
};

} // namespace Fieldbook
