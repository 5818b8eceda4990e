#pragma once

#include "RecurrenceRule.h"

class QLocale;

namespace Fieldbook {

/// The rule as a sentence in the user's language: "every second Tuesday of the month until
/// 30 June 2027", "every 2 weeks on Monday and Thursday, 10 times", "the last weekday of every
/// month". `start` supplies what the rule leaves out (the weekday, the day of the month). A rule
/// too complex for a sentence (BYWEEKNO, several BYxxx that limit each other) reads "custom
/// recurrence: " followed by the rule itself, never a wrong sentence (docs/recurrence.md).
QString describeRecurrence(const RecurrenceRule& rule, const CalendarTime& start, const QLocale& locale);

} // namespace Fieldbook
