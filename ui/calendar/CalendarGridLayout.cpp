#include "CalendarGridLayout.h"

#include "CalendarOverlapLayout.h"

#include <algorithm>

namespace Fieldbook {

namespace {
int minuteOfDay(const QDateTime& value) {
    return value.time().msecsSinceStartOfDay() / 60'000;
}
} // namespace

void CalendarGridLayout::build(const QList<CalendarEntry>& entries, const CalendarGridGeometry& geometry,
                               const Options& options) {
    m_boxes.clear();
    m_mores.clear();
    m_bars.clear();
    m_allDayMore = QList<QList<int>>(geometry.dayCount());
    m_allDayRows = 0;
    placeTimed(entries, geometry, options);
    placeAllDay(entries, geometry, options);
}

void CalendarGridLayout::placeTimed(const QList<CalendarEntry>& entries, const CalendarGridGeometry& geometry,
                                    const Options& options) {
    QList<QList<Part>> days(geometry.dayCount());
    const int height = geometry.contentHeight();
    for (int i = 0; i < entries.size(); ++i) {
        const CalendarEntry& entry = entries.at(i);
        if (entry.spansDays() || !entry.start.isValid())
            continue;
        const QDate last = entry.lastDateExclusive();
        for (QDate date = entry.firstDate(); date < last; date = date.addDays(1)) {
            const int day = geometry.dayIndex(date);
            if (day < 0)
                continue;
            const int from = date == entry.start.date() ? minuteOfDay(entry.start) : 0;
            const bool lastPart = date == last.addDays(-1);
            const int to =
                lastPart && entry.end.date() == date ? minuteOfDay(entry.end) : CalendarGridGeometry::kMinutesPerDay;
            int bottom = std::min(height, std::max(geometry.y(to), geometry.y(from) + options.minHeight));
            const int top = std::max(0, std::min(geometry.y(from), bottom - options.minHeight));
            days[day].append({i, top, bottom, lastPart});
        }
    }
    for (int day = 0; day < days.size(); ++day)
        placeDay(day, days.at(day), geometry, options);
}

void CalendarGridLayout::placeDay(int day, const QList<Part>& parts, const CalendarGridGeometry& geometry,
                                  const Options& options) {
    if (parts.isEmpty())
        return;
    QList<CalendarOverlapLayout::Span> spans;
    spans.reserve(parts.size());
    for (const Part& part : parts)
        spans.append({part.top, part.bottom});
    const int left = geometry.dayLeft(day) + 1;
    const int width = std::max(1, geometry.dayRight(day) - left - options.gap);
    const CalendarOverlapLayout::Options arrange{width, options.minWidth, options.markerWidth, options.gap};
    const CalendarOverlapLayout::Result result = CalendarOverlapLayout::arrange(spans, arrange);
    for (const CalendarOverlapLayout::Placement& placed : result.placements) {
        const Part& part = parts.at(placed.index);
        m_boxes.append({part.entry, day, QRect(left + placed.left, part.top, placed.width, part.bottom - part.top),
                        part.lastPart});
    }
    for (const CalendarOverlapLayout::Marker& marker : result.markers) {
        QList<int> hidden;
        for (const int index : marker.indices)
            hidden.append(parts.at(index).entry);
        m_mores.append({day, QRect(left + marker.left, marker.top, marker.width, marker.bottom - marker.top), hidden});
    }
}

void CalendarGridLayout::placeAllDay(const QList<CalendarEntry>& entries, const CalendarGridGeometry& geometry,
                                     const Options& options) {
    QList<Bar> bars;
    for (int i = 0; i < entries.size(); ++i) {
        const CalendarEntry& entry = entries.at(i);
        if (!entry.spansDays() || !entry.start.isValid())
            continue;
        int first = -1;
        int last = -1;
        for (int day = 0; day < geometry.dayCount(); ++day) {
            const QDate date = geometry.days().at(day);
            if (date >= entry.firstDate() && date < entry.lastDateExclusive()) {
                first = first < 0 ? day : first;
                last = day;
            }
        }
        if (first >= 0)
            bars.append({i, first, last, 0});
    }
    std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
        return a.firstDay != b.firstDay ? a.firstDay < b.firstDay : a.lastDay > b.lastDay;
    });
    QList<int> rowEnds; // the last day each row is taken up to
    for (Bar& bar : bars) {
        auto free = std::find_if(rowEnds.begin(), rowEnds.end(), [&bar](int end) { return end < bar.firstDay; });
        bar.row = int(free - rowEnds.begin());
        if (free == rowEnds.end())
            rowEnds.append(bar.lastDay);
        else
            *free = bar.lastDay;
    }
    const int rows = int(rowEnds.size());
    const int maxRows = std::max(1, options.maxAllDayRows);
    m_allDayRows = std::min(rows, maxRows);
    for (const Bar& bar : bars) {
        if (rows <= maxRows || bar.row < maxRows - 1) {
            m_bars.append(bar);
            continue;
        }
        for (int day = bar.firstDay; day <= bar.lastDay; ++day)
            m_allDayMore[day].append(bar.entry);
    }
}

int CalendarGridLayout::boxAt(const QPoint& point) const {
    for (qsizetype i = m_boxes.size() - 1; i >= 0; --i)
        if (m_boxes.at(i).rect.contains(point))
            return int(i);
    return -1;
}

int CalendarGridLayout::moreAt(const QPoint& point) const {
    for (qsizetype i = m_mores.size() - 1; i >= 0; --i)
        if (m_mores.at(i).rect.contains(point))
            return int(i);
    return -1;
}

} // namespace Fieldbook
