#include "CalendarItem.h"

namespace Fieldbook {

bool CalendarItem::isAllDay() const {
    if (start)
        return start->isAllDay();
    return end && end->isAllDay();
}

bool CalendarItem::isRecurring() const {
    return !rrules.isEmpty() || !rdates.isEmpty();
}

bool CalendarItem::isOverride() const {
    return recurrenceId.has_value();
}

} // namespace Fieldbook
