#include "CalendarGridGeometry.h"

#include <algorithm>

namespace Fieldbook {

int CalendarGridGeometry::dayLeft(int day) const {
    if (m_days.isEmpty())
        return m_gutter;
    const int room = std::max(0, m_width - m_gutter);
    return m_gutter + int(qint64(room) * day / m_days.size());
}

int CalendarGridGeometry::dayAt(int x) const {
    for (int day = 0; day < dayCount(); ++day)
        if (x < dayRight(day))
            return day;
    return std::max(0, dayCount() - 1);
}

} // namespace Fieldbook
