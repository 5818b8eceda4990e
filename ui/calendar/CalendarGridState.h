#pragma once

#include "CalendarEntry.h"
#include "CalendarGridDrag.h"
#include "CalendarGridGeometry.h"
#include "CalendarGridLayout.h"

#include <QTimeZone>

namespace Fieldbook {

/// What the time grid shows and its painter reads: the entries and their layout, the selection
/// (an entry, or a slot of time on one day or a whole day) and the drag in progress.
struct CalendarGridState {
    QList<CalendarEntry> entries;
    CalendarGridGeometry geometry;
    CalendarGridLayout layout;
    QTimeZone zone;
    /// The selected entry; empty when a slot is selected.
    QString selectedKey;
    QDate slotDay;
    int slotStart = 8 * 60; // minutes of the day
    int slotEnd = 8 * 60 + 30;
    bool slotAllDay = false;
    /// The slot was chosen (clicked, moved to by keys, given): only then is it shown.
    bool slotChosen = false;
    CalendarGridDrag drag;
    /// The "+N" marker under the pointer (-1: none), and the all-day strip's day under it.
    int hoveredMore = -1;
    int hoveredAllDayMore = -1;
    /// The header's parts: the dates' row, and one row of the all-day strip.
    int dateRowHeight = 0;
    int allDayRowHeight = 0;

    /// The index of the entry with `key`, or -1.
    int indexOf(const QString& key) const {
        for (int i = 0; i < entries.size(); ++i)
            if (entries.at(i).key == key)
                return i;
        return -1;
    }
    /// The entries at `indices`.
    QList<const CalendarEntry*> entriesAt(const QList<int>& indices) const {
        QList<const CalendarEntry*> result;
        for (const int index : indices)
            result.append(&entries.at(index));
        return result;
    }
    /// The top of the all-day strip's row `row` in the header.
    int allDayRowTop(int row) const { return dateRowHeight + 2 + row * allDayRowHeight; }
    /// The header's height: the dates and at least one row of all-day entries to drag in.
    int headerHeight() const { return allDayRowTop(std::max(1, layout.allDayRows())) + 3; }
};

} // namespace Fieldbook
