#include "CalendarOverlapLayout.h"

#include <algorithm>

namespace Fieldbook {

CalendarOverlapLayout::Result CalendarOverlapLayout::arrange(const QList<Span>& spans, const Options& options) {
    QList<Item> items;
    items.reserve(spans.size());
    for (int i = 0; i < spans.size(); ++i)
        items.append({i, spans.at(i), 0, 1});
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        if (a.span.top != b.span.top)
            return a.span.top < b.span.top;
        if (a.span.bottom != b.span.bottom)
            return a.span.bottom > b.span.bottom; // the longer one first, leftmost
        return a.index < b.index;
    });
    Result result;
    QList<Item> cluster;
    int clusterBottom = 0;
    for (const Item& item : items) {
        if (!cluster.isEmpty() && item.span.top >= clusterBottom) {
            arrangeCluster(cluster, options, result);
            cluster.clear();
        }
        clusterBottom = cluster.isEmpty() ? item.span.bottom : std::max(clusterBottom, item.span.bottom);
        cluster.append(item);
    }
    if (!cluster.isEmpty())
        arrangeCluster(cluster, options, result);
    return result;
}

/// Puts each entry into the first column free at its top; returns the number of columns.
int CalendarOverlapLayout::packColumns(QList<Item>& cluster) {
    QList<int> columnBottoms;
    for (Item& item : cluster) {
        auto free = std::find_if(columnBottoms.begin(), columnBottoms.end(),
                                 [&item](int bottom) { return bottom <= item.span.top; });
        if (free == columnBottoms.end()) {
            item.column = int(columnBottoms.size());
            columnBottoms.append(item.span.bottom);
        } else {
            item.column = int(free - columnBottoms.begin());
            *free = item.span.bottom;
        }
    }
    return int(columnBottoms.size());
}

/// Widens each entry over the columns to its right that nothing overlapping it uses.
void CalendarOverlapLayout::widen(QList<Item>& cluster, int columns) {
    for (Item& item : cluster) {
        int limit = columns;
        for (const Item& other : cluster) {
            const bool overlaps = other.span.top < item.span.bottom && item.span.top < other.span.bottom;
            if (other.column > item.column && other.column < limit && overlaps)
                limit = other.column;
        }
        item.columnSpan = limit - item.column;
    }
}

void CalendarOverlapLayout::arrangeCluster(QList<Item>& cluster, const Options& options, Result& result) {
    const int columns = packColumns(cluster);
    const int minWidth = std::max(1, options.minWidth);
    int shown = columns;
    int room = options.width;
    if (columns * minWidth > options.width) {
        room = std::max(0, options.width - options.markerWidth);
        shown = std::max(1, room / minWidth);
    }
    widen(cluster, columns);
    QList<Item> hidden;
    for (const Item& item : cluster) {
        if (item.column >= shown) {
            hidden.append(item);
            continue;
        }
        const int last = std::min(item.column + item.columnSpan, shown);
        const int left = item.column * room / shown;
        const int right = last * room / shown;
        const int gap = last < shown || shown < columns ? options.gap : 0;
        result.placements.append({item.index, left, std::max(1, right - left - gap), item.column});
    }
    result.markers.append(gatherMarkers(hidden, options));
}

/// One marker per run of overlapping hidden entries, at the right edge of the column.
QList<CalendarOverlapLayout::Marker> CalendarOverlapLayout::gatherMarkers(QList<Item> hidden, const Options& options) {
    std::sort(hidden.begin(), hidden.end(), [](const Item& a, const Item& b) { return a.span.top < b.span.top; });
    const int width = std::min(options.markerWidth, options.width);
    QList<Marker> markers;
    for (const Item& item : hidden) {
        if (markers.isEmpty() || item.span.top >= markers.back().bottom)
            markers.append({item.span.top, item.span.bottom, options.width - width, width, {}});
        Marker& marker = markers.back();
        marker.bottom = std::max(marker.bottom, item.span.bottom);
        marker.indices.append(item.index);
    }
    return markers;
}

} // namespace Fieldbook
