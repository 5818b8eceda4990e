#include "CalendarGridSelection.h"

#include <algorithm>
#include <climits>

namespace Fieldbook {

namespace {
constexpr int kDay = CalendarGridGeometry::kMinutesPerDay;

int minuteOf(const QDateTime& value) {
    return value.time().msecsSinceStartOfDay() / 60'000;
}

QDate outside(const CalendarGridState& state, QDate date) {
    return state.geometry.dayIndex(date) < 0 ? date : QDate();
}
} // namespace

CalendarSlot CalendarGridSelection::slot(const CalendarGridState& state) {
    const QTimeZone& zone = state.zone;
    if (state.slotAllDay)
        return {QDateTime(state.slotDay, QTime(0, 0), zone), QDateTime(state.slotDay.addDays(1), QTime(0, 0), zone),
                true};
    const qint64 day = CalendarGridDrag::wall(state.slotDay, 0);
    return {CalendarGridDrag::dateTime(day + state.slotStart, zone),
            CalendarGridDrag::dateTime(day + state.slotEnd, zone), false};
}

void CalendarGridSelection::selectSlot(CalendarGridState& state, QDate day, int start, int end, bool allDay) {
    state.selectedKey.clear();
    state.slotChosen = true;
    state.slotDay = day;
    state.slotAllDay = allDay;
    state.slotStart = std::clamp(start, 0, kDay - kSlotMinutes / 2);
    state.slotEnd = std::clamp(end, state.slotStart + kSlotMinutes / 2, kDay);
}

QDate CalendarGridSelection::moveSlot(CalendarGridState& state, int key, Qt::KeyboardModifiers modifiers) {
    state.slotChosen = true;
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        state.slotDay = state.slotDay.addDays(key == Qt::Key_Left ? -1 : 1);
        return outside(state, state.slotDay);
    }
    const int step = key == Qt::Key_Up ? -kSlotMinutes : kSlotMinutes;
    if (state.slotAllDay) {
        if (key == Qt::Key_Down)
            selectSlot(state, state.slotDay, 0, kSlotMinutes);
    } else if (modifiers & Qt::ShiftModifier) {
        state.slotEnd = std::clamp(state.slotEnd + step, state.slotStart + kSlotMinutes, kDay);
    } else if (key == Qt::Key_Up && state.slotStart == 0) {
        state.slotAllDay = true;
    } else {
        const int length = state.slotEnd - state.slotStart;
        state.slotStart = std::clamp(state.slotStart + step, 0, kDay - length);
        state.slotEnd = state.slotStart + length;
    }
    return {};
}

QDate CalendarGridSelection::moveEntry(CalendarGridState& state, int key) {
    const int selected = state.indexOf(state.selectedKey);
    if (selected < 0)
        return {};
    const QList<int> order = entriesInOrder(state);
    if (order.isEmpty())
        return {};
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        const qsizetype at = order.indexOf(selected);
        const qsizetype next = std::clamp<qsizetype>(at + (key == Qt::Key_Up ? -1 : 1), 0, order.size() - 1);
        state.selectedKey = state.entries.at(order.at(next)).key;
        state.slotDay = state.entries.at(order.at(next)).start.date();
        return {};
    }
    const CalendarEntry& current = state.entries.at(selected);
    const QDate date = current.start.date().addDays(key == Qt::Key_Left ? -1 : 1);
    const int minute = minuteOf(current.start);
    int best = -1;
    int bestDistance = INT_MAX;
    for (const int index : order) {
        const CalendarEntry& other = state.entries.at(index);
        const int distance = std::abs(minuteOf(other.start) - minute);
        if (other.start.date() == date && distance < bestDistance) {
            best = index;
            bestDistance = distance;
        }
    }
    if (best >= 0) {
        state.selectedKey = state.entries.at(best).key;
        state.slotDay = date;
        return {};
    }
    const int slot = std::min(minute / kSlotMinutes * kSlotMinutes, kDay - kSlotMinutes);
    selectSlot(state, date, slot, slot + kSlotMinutes);
    return outside(state, date);
}

QList<int> CalendarGridSelection::entriesInOrder(const CalendarGridState& state) {
    const QList<QDate>& days = state.geometry.days();
    QList<int> order;
    if (days.isEmpty())
        return order;
    for (int i = 0; i < state.entries.size(); ++i) {
        const CalendarEntry& entry = state.entries.at(i);
        if (entry.firstDate() <= days.last() && entry.lastDateExclusive() > days.first())
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&state](int a, int b) {
        const CalendarEntry& first = state.entries.at(a);
        const CalendarEntry& second = state.entries.at(b);
        if (first.spansDays() != second.spansDays() && first.firstDate() == second.firstDate())
            return first.spansDays(); // the all-day strip comes before the hours of its day
        return first.start < second.start;
    });
    return order;
}

} // namespace Fieldbook
