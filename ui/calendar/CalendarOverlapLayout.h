#pragma once

#include <QList>

namespace Fieldbook {

/// Lays out the timed entries of one day column side by side (docs/calendar-views.md, "Layout"):
/// greedy column packing per cluster of overlapping entries, each entry as wide as the free columns
/// to its right allow; when a cluster needs more columns than fit at `minWidth`, the entries of the
/// columns that do not fit are gathered into "+N" markers at the right edge.
class CalendarOverlapLayout final {
public:
    /// An entry's vertical extent in pixels, already as tall as it is drawn (bottom exclusive).
    struct Span {
        int top = 0;
        int bottom = 0;
    };
    /// Where an entry is drawn: `left` and `width` in pixels inside the day column.
    struct Placement {
        int index = 0; // into the spans given
        int left = 0;
        int width = 0;
        int column = 0;
    };
    /// Entries that did not fit, drawn as one marker from the first one's top to the last bottom.
    struct Marker {
        int top = 0;
        int bottom = 0;
        int left = 0;
        int width = 0;
        QList<int> indices;
    };
    struct Result {
        QList<Placement> placements;
        QList<Marker> markers;
    };
    struct Options {
        int width = 0;       // of the day column
        int minWidth = 0;    // an entry narrower than this is not readable
        int markerWidth = 0; // the room a "+N" marker takes
        int gap = 0;         // between entries side by side
    };

    static Result arrange(const QList<Span>& spans, const Options& options);

private:
    struct Item {
        int index;
        Span span;
        int column;
        int columnSpan;
    };
    static void arrangeCluster(QList<Item>& cluster, const Options& options, Result& result);
    static int packColumns(QList<Item>& cluster);
    static void widen(QList<Item>& cluster, int shown);
    static QList<Marker> gatherMarkers(QList<Item> hidden, const Options& options);
};

} // namespace Fieldbook
