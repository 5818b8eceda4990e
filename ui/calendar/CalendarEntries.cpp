#include "CalendarEntries.h"

#include <QCoreApplication>

namespace Fieldbook {

namespace {

CalendarEntry::Kind kindOf(EventKind kind) {
    switch (kind) {
    case EventKind::Visit:
        return CalendarEntry::Kind::Visit;
    case EventKind::Call:
        return CalendarEntry::Kind::Call;
    case EventKind::Other:
        return CalendarEntry::Kind::Other;
    case EventKind::Meeting:
        break;
    }
    return CalendarEntry::Kind::Meeting;
}

} // namespace

CalendarEntries::Viewer CalendarEntries::Viewer::of(const QString& userId, const QList<User>& users,
                                                    const QTimeZone& zone) {
    Viewer viewer{userId, {}, zone, {userId}};
    QHash<QString, QString> managers; // user id -> manager id
    UserRole role = UserRole::Rep;
    for (const User& user : users) {
        viewer.userNames.insert(user.id, user.name);
        managers.insert(user.id, user.managerId);
        if (user.id == userId)
            role = user.role;
    }
    for (const User& user : users) {
        bool below = role == UserRole::Admin;
        QSet<QString> seen; // a loop in the hierarchy must not hang the calendar
        for (QString up = user.managerId; !below && !up.isEmpty() && !seen.contains(up); up = managers.value(up)) {
            seen.insert(up);
            below = up == userId;
        }
        if (below)
            viewer.mayChange.insert(user.id);
    }
    return viewer;
}

bool CalendarEntries::Viewer::mayChangeEvent(const CalendarEvent& event) const {
    return event.ownerId.isEmpty() || mayChange.contains(event.ownerId);
}

bool CalendarEntries::busyOnly(const CalendarEvent& event, const Viewer& viewer) {
    return event.isPrivate && event.ownerId != viewer.userId;
}

QString CalendarEntries::otherTitle(const CalendarOverlap& overlap, const Viewer& viewer) {
    if (overlap.otherPrivate && overlap.otherOwnerId != viewer.userId)
        return QCoreApplication::translate("Fieldbook::CalendarText", "Busy");
    return overlap.otherTitle;
}

CalendarEntry CalendarEntries::entryOf(const Occurrence& o, const Viewer& viewer,
                                       const std::optional<CalendarOverlap>& overlap) {
    const CalendarEvent& e = *o.event;
    const bool own = e.ownerId == viewer.userId;
    CalendarEntry entry;
    entry.key = o.key();
    entry.start = CalendarTime::wallClockAt(o.start.toMSecsSinceEpoch(), viewer.zone);
    entry.end = CalendarTime::wallClockAt(o.end.toMSecsSinceEpoch(), viewer.zone);
    entry.allDay = o.allDay;
    entry.recurring = !o.seriesId.isEmpty();
    entry.tentative = e.status == EventStatus::Tentative;
    entry.cancelled = e.status == EventStatus::Cancelled;
    entry.readOnly = busyOnly(e, viewer) || !viewer.mayChangeEvent(e);
    if (busyOnly(e, viewer)) {
        entry.kind = CalendarEntry::Kind::Busy; // the time alone (docs/calendar-views.md)
        return entry;
    }
    entry.title = e.title;
    entry.location = e.location;
    entry.kind = kindOf(e.kind);
    entry.isPrivate = e.isPrivate;
    if (!own)
        entry.ownerName = viewer.userNames.value(e.ownerId);
    if (overlap)
        entry.conflictWith = otherTitle(*overlap, viewer);
    return entry;
}

QList<CalendarEntry> CalendarEntries::entriesOf(const QList<Occurrence>& occurrences, const Viewer& viewer,
                                                const QHash<QString, CalendarOverlap>& overlaps) {
    QList<CalendarEntry> entries;
    entries.reserve(occurrences.size());
    for (const Occurrence& o : occurrences) {
        const auto overlap = overlaps.constFind(o.key());
        entries.append(
            entryOf(o, viewer, overlap == overlaps.cend() ? std::nullopt : std::optional<CalendarOverlap>(*overlap)));
    }
    return entries;
}

} // namespace Fieldbook
