#include "CalendarOverlapLayout.h"

#include <algorithm>
#include <queue>
#include <vector>

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

/// Puts each entry into the first (leftmost) column free at its top; returns the number of columns.
/// The columns in use wait in a heap by the bottom of their last entry, the free ones in a heap by
/// index: n log n, as a week of thousands of entries needs.
int CalendarOverlapLayout::packColumns(QList<Item>& cluster) {
    using Busy = std::pair<int, int>; // bottom, column
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> free;
    int columns = 0;
    for (Item& item : cluster) {
        while (!busy.empty() && busy.top().first <= item.span.top) {
            free.push(busy.top().second);
            busy.pop();
        }
        if (free.empty()) {
            item.column = columns++;
        } else {
            item.column = free.top();
            free.pop();
        }
        busy.push({item.span.bottom, item.column});
    }
    return columns;
}

/// Widens each entry shown over the columns to its right that nothing overlapping it uses, up to
/// `shown` columns. A column's entries never overlap each other, so the one that could overlap an
/// entry is found by binary search.
void CalendarOverlapLayout::widen(QList<Item>& cluster, int shown) {
    QList<QList<const Item*>> columns(shown);
    for (const Item& item : cluster)
        if (item.column < shown)
            columns[item.column].append(&item); // in order of top, and so of bottom
    for (Item& item : cluster) {
        if (item.column >= shown)
            continue;
        int limit = item.column + 1;
        for (; limit < shown; ++limit) {
            const QList<const Item*>& column = columns.at(limit);
            const auto first = std::upper_bound(column.cbegin(), column.cend(), item.span.top,
                                                [](int top, const Item* other) { return top < other->span.bottom; });
            if (first != column.cend() && (*first)->span.top < item.span.bottom)
                break;
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
    widen(cluster, shown);
    QList<Item> hidden;
    for (const Item& item : cluster) {
        if (item.column >= shown) {
            hidden.append(item);
            continue;
        }
        const int last = item.column + item.columnSpan;
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
