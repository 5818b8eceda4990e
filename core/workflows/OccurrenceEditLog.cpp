#include "OccurrenceEditLog.h"

#include "common/Uuid7.h"
#include "store/db/Database.h"
#include "store/records/EventRepository.h"

namespace Fieldbook {

OccurrenceEditLog::OccurrenceEditLog(Database& db)
    : m_db(db) {}

Result<EventState> OccurrenceEditLog::stateOf(Database& db, const QString& id) {
    auto stored = EventRepository(db).get(id);
    if (!stored && stored.error().code == ErrorCode::NotFound)
        return EventState{id, std::nullopt};
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->deleted)
        return EventState{id, std::nullopt};
    return EventState{id, *stored};
}

Result<void> OccurrenceEditLog::remember(const QString& id) {
    for (const EventState& known : std::as_const(m_before))
        if (known.id == id)
            return {};
    auto state = stateOf(m_db, id);
    if (!state)
        return std::unexpected(state.error());
    m_before.append(*state);
    return {};
}

Result<CalendarEvent> OccurrenceEditLog::save(CalendarEvent event) {
    if (event.id.isEmpty())
        event.id = event.isOverride() && event.recurrenceId
                       ? EventRepository::overrideId(event.seriesId, *event.recurrenceId)
                       : createUuid7();
    if (auto known = remember(event.id); !known)
        return std::unexpected(known.error());
    auto saved = EventRepository(m_db).save(event);
    if (saved && !m_saved.contains(saved->id))
        m_saved.append(saved->id);
    return saved;
}

Result<void> OccurrenceEditLog::remove(const QString& id) {
    EventRepository events(m_db);
    auto overrides = events.overridesOf(id);
    if (!overrides)
        return std::unexpected(overrides.error());
    QStringList touched{id};
    for (const CalendarEvent& o : std::as_const(*overrides))
        touched.append(o.id);
    for (const QString& each : std::as_const(touched))
        if (auto known = remember(each); !known)
            return known;
    auto removed = events.remove(id);
    if (!removed)
        return std::unexpected(removed.error());
    m_saved.removeAll(id);
    return {};
}

Result<EventChange> OccurrenceEditLog::finish() const {
    EventChange change;
    QList<EventState> after;
    for (const EventState& before : m_before) {
        auto now = stateOf(m_db, before.id);
        if (!now)
            return std::unexpected(now.error());
        after.append(*now);
        if (now->event && m_saved.contains(before.id))
            change.saved.append(*now->event);
    }
    Database* db = &m_db;
    change.undo = {[db, states = m_before] { return restore(*db, states); },
                   [db, states = after] {
                       return restore(*db, states);
                   }};
    return change;
}

Result<void> OccurrenceEditLog::restore(Database& db, const QList<EventState>& states) {
    return db.transaction([&]() -> Result<void> {
        EventRepository events(db);
        for (const EventState& state : states) {
            if (state.event)
                continue;
            auto now = stateOf(db, state.id);
            if (!now)
                return std::unexpected(now.error());
            if (now->event)
                if (auto removed = events.remove(state.id); !removed)
                    return std::unexpected(removed.error());
        }
        for (const EventState& state : states)
            if (state.event)
                if (auto saved = events.save(*state.event); !saved)
                    return std::unexpected(saved.error());
        return {};
    });
}

} // namespace Fieldbook
