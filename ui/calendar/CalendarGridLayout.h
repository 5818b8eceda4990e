#pragma once

#include "CalendarEntry.h"
#include "CalendarGridGeometry.h"

#include <QList>
#include <QRect>

namespace Fieldbook {

/// The time grid's entries placed once per change of entries, days or size (never per paint):
/// timed entries as boxes in their day columns, cut at midnight, side by side where they overlap
/// (CalendarOverlapLayout) with "+N" markers for what does not fit; entries over whole days as bars
/// in rows of the all-day strip, with a "+N" per day for rows that do not fit.
class CalendarGridLayout final {
public:
    struct Box {
        int entry = 0; // index into the entries laid out
        int day = 0;
        QRect rect;           // in the content (y = 0 at midnight)
        bool lastPart = true; // the part holding the entry's end (resizing grabs it)
    };
    struct More {
        int day = 0;
        QRect rect;
        QList<int> entries;
    };
    struct Bar {
        int entry = 0;
        int firstDay = 0;
        int lastDay = 0; // inclusive
        int row = 0;
    };
    struct Options {
        int minWidth = 40;    // narrowest readable box
        int minHeight = 16;   // a box is at least one line tall
        int markerWidth = 28; // of a "+N" marker
        int gap = 2;          // between boxes side by side
        int maxAllDayRows = 3;
    };

    void build(const QList<CalendarEntry>& entries, const CalendarGridGeometry& geometry, const Options& options);

    const QList<Box>& boxes() const { return m_boxes; }
    const QList<More>& mores() const { return m_mores; }
    const QList<Bar>& bars() const { return m_bars; }
    /// Per day of the grid, the all-day entries that did not fit in the rows shown.
    const QList<QList<int>>& allDayMore() const { return m_allDayMore; }
    /// Rows of the all-day strip to show (bars plus a row for "+N" when some do not fit).
    int allDayRows() const { return m_allDayRows; }

    /// The box at `point` (content coordinates), or -1.
    int boxAt(const QPoint& point) const;
    /// The marker at `point`, or -1.
    int moreAt(const QPoint& point) const;

private:
    /// A timed entry's part on one day: its vertical extent in the content.
    struct Part {
        int entry;
        int top;
        int bottom;
        bool lastPart;
    };

    void placeTimed(const QList<CalendarEntry>& entries, const CalendarGridGeometry& geometry, const Options& options);
    void placeDay(int day, const QList<Part>& parts, const CalendarGridGeometry& geometry, const Options& options);
    void placeAllDay(const QList<CalendarEntry>& entries, const CalendarGridGeometry& geometry, const Options& options);

    QList<Box> m_boxes;
    QList<More> m_mores;
    QList<Bar> m_bars;
    QList<QList<int>> m_allDayMore;
    int m_allDayRows = 0;
};

} // namespace Fieldbook
