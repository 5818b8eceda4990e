#pragma once

#include "CalendarGridState.h"

namespace Fieldbook {

/// How the arrow keys move the time grid's selection (docs/calendar-views.md, "Keyboard"): a slot
/// moves by half an hour (Shift moves its end) and by a day; an entry selection goes to the entry
/// before or after in time, or to the nearest one on the day before or after (the slot at that
/// time when that day has none).
class CalendarGridSelection final {
public:
    static constexpr int kSlotMinutes = 30;

    /// The selected slot as times in the state's zone (the whole day for an all-day slot).
    static CalendarSlot slot(const CalendarGridState& state);
    /// Selects the slot from `start` to `end` minutes of `day` (or the whole day).
    static void selectSlot(CalendarGridState& state, QDate day, int start, int end, bool allDay = false);
    /// Moves the slot for Qt::Key_Up, Down, Left or Right; returns the date it moved to when that
    /// date is not shown (the view then changes its period), else an invalid date.
    static QDate moveSlot(CalendarGridState& state, int key, Qt::KeyboardModifiers modifiers);
    /// Moves the entry selection, with the same return value.
    static QDate moveEntry(CalendarGridState& state, int key);
    /// The entries on the days shown, by start.
    static QList<int> entriesInOrder(const CalendarGridState& state);
};

} // namespace Fieldbook
