#include "CalendarEvent.h"

#include "calendar/RecurrenceSet.h"
#include "common/Picklist.h"

#include <array>
#include <utility>

namespace Fieldbook {

namespace {

constexpr std::array<std::pair<EventKind, const char*>, 4> kKinds{{
    {EventKind::Meeting, "meeting"},
    {EventKind::Visit, "visit"},
    {EventKind::Call, "call"},
    {EventKind::Other, "other"},
}};

constexpr std::array<std::pair<EventStatus, const char*>, 3> kStatuses{{
    {EventStatus::Confirmed, "confirmed"},
    {EventStatus::Tentative, "tentative"},
    {EventStatus::Cancelled, "cancelled"},
}};

const Picklist& kindPicklist() {
    static const Picklist list("CalendarEvent", {
                                                    {"meeting", QT_TRANSLATE_NOOP("CalendarEvent", "Meeting")},
                                                    {"visit", QT_TRANSLATE_NOOP("CalendarEvent", "Visit")},
                                                    {"call", QT_TRANSLATE_NOOP("CalendarEvent", "Call")},
                                                    {"other", QT_TRANSLATE_NOOP("CalendarEvent", "Other")},
                                                });
    return list;
}

template<class Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [v, key] : table)
        if (v == value)
            return QString::fromLatin1(key);
    return QString::fromLatin1(table.front().second);
}

template<class Enum, std::size_t N>
bool parseKey(const std::array<std::pair<Enum, const char*>, N>& table, const QString& key, Enum* value) {
    for (const auto& [v, k] : table) {
        if (key == QLatin1StringView(k)) {
            *value = v;
            return true;
        }
    }
    return false;
}

} // namespace

QString eventKindKey(EventKind kind) {
    return keyOf(kKinds, kind);
}

bool parseEventKind(const QString& key, EventKind* kind) {
    return parseKey(kKinds, key, kind);
}

QString eventKindLabel(EventKind kind) {
    return kindPicklist().name(eventKindKey(kind));
}

QString eventStatusKey(EventStatus status) {
    return keyOf(kStatuses, status);
}

bool parseEventStatus(const QString& key, EventStatus* status) {
    return parseKey(kStatuses, key, status);
}

RecurrenceSet CalendarEvent::recurrence() const {
    RecurrenceSet set;
    set.start = start;
    for (const QString& text : rrules)
        if (auto rule = RecurrenceRule::parse(text))
            set.rules.append(*rule);
    set.rdates = rdates;
    set.exdates = exdates;
    return set;
}

} // namespace Fieldbook
