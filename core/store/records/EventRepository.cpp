#include "EventRepository.h"

#include "CalendarRows.h"
#include "calendar/RecurrenceRule.h"
#include "common/Uuid7.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordKind.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("EventRepository", text);
}

std::unexpected<Error> refuse(const char* text) {
    return fail(ErrorCode::InvalidInput, translated(text));
}

const RecordType& type() {
    return RecordType::events();
}

QString gone() {
    return translated(QT_TRANSLATE_NOOP("EventRepository", "The event no longer exists."));
}

/// Longest event Fieldbook stores: a conference week is fine, a year is a typing error.
constexpr qint64 kLongestEventMs = 366LL * 24 * 3600 * 1000;

} // namespace

EventRepository::EventRepository(Database& db)
    : m_db(db) {}

QString EventRepository::overrideId(const QString& seriesId, const CalendarTime& occurrence) {
    static const QUuid kNamespace(u"6f1c3b0e-7d1a-4c55-9a51-2f4e0c9d8b11"_s);
    return QUuid::createUuidV5(kNamespace, seriesId + u'|' + occurrence.toText()).toString(QUuid::WithoutBraces);
}

Result<QList<CalendarEvent>> EventRepository::list(const QString& where, const QVariantList& values) const {
    return listOf<CalendarEvent>(m_db, type(), where, values, u"list events"_s, &CalendarRows::toEvent);
}

Result<CalendarEvent> EventRepository::get(const QString& id) const {
    auto found = list(u"WHERE id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, gone(), id);
    return found->first();
}

Result<QList<CalendarEvent>> EventRepository::inRange(qint64 fromMs, qint64 toMs) const {
    // Two reads: one OR over both conditions makes SQLite walk the whole range index. Unordered:
    // sorting whole rows costs more than sorting the occurrences made of them.
    auto events = list(u"WHERE deleted = 0 AND range_start < ? AND range_end > ?"_s, {toMs, fromMs});
    if (!events)
        return events;
    QSet<QString> held; // the overrides read already: the second read finds only overrides
    QStringList series;
    for (const CalendarEvent& e : std::as_const(*events)) {
        if (e.isOverride())
            held.insert(e.id);
        else if (e.isRecurring())
            series.append(e.id);
    }
    constexpr qsizetype kChunk = 500; // SQLite's limit on bound values is far above this
    for (qsizetype at = 0; at < series.size(); at += kChunk) {
        const QStringList chunk = series.mid(at, kChunk);
        // "+deleted": the series index, not the range index that `deleted` leads.
        auto overrides =
            list(u"WHERE series_id IN ("_s + QStringList(chunk.size(), u"?"_s).join(u',') + u") AND +deleted = 0"_s,
                 QVariantList(chunk.cbegin(), chunk.cend()));
        if (!overrides)
            return overrides;
        for (CalendarEvent& o : *overrides)
            if (!held.contains(o.id))
                events->append(std::move(o));
    }
    return events;
}

Result<QList<CalendarEvent>> EventRepository::overridesOf(const QString& seriesId) const {
    return list(u"WHERE series_id = ? AND +deleted = 0 ORDER BY occurrence"_s, {seriesId});
}

Result<QList<CalendarEvent>> EventRepository::withUid(const QString& uid) const {
    // The partial index holds only events with a UID: say so, and keep `deleted` out of the choice.
    return list(u"WHERE ical_uid = ? AND ical_uid <> '' AND +deleted = 0 ORDER BY series_id IS NOT NULL, rid"_s, {uid});
}

Result<QList<CalendarEvent>> EventRepository::linkedTo(const QString& field, const QString& id, int limit) const {
    if (const FieldSpec* spec = type().field(field); !spec || spec->references.isEmpty())
        return fail(ErrorCode::InvalidInput, u"not a reference of events: "_s + field);
    return list(u"WHERE "_s + field + u" = ? AND +deleted = 0 ORDER BY range_start DESC, rid DESC LIMIT "_s +
                    QString::number(limit),
                {id});
}

Result<int> EventRepository::count() const {
    return countLive(m_db, type());
}

Result<CalendarEvent> EventRepository::validate(CalendarEvent e) const {
    e.title = e.title.trimmed();
    e.location = e.location.trimmed();
    if (!e.start.isValid())
        return refuse(QT_TRANSLATE_NOOP("EventRepository", "The event needs a valid start."));
    if (!e.end.isValid())
        e.end = e.start;
    if (e.start.isAllDay() != e.end.isAllDay())
        return refuse(
            QT_TRANSLATE_NOOP("EventRepository", "An all-day event starts and ends on a date, without a time."));
    const QDateTime start = e.start.toDateTime(QTimeZone::utc());
    const QDateTime end = e.end.toDateTime(QTimeZone::utc());
    if (end < start)
        return refuse(QT_TRANSLATE_NOOP("EventRepository", "The event ends before it starts."));
    if (start.msecsTo(end) > kLongestEventMs)
        return refuse(QT_TRANSLATE_NOOP("EventRepository", "An event can last at most a year."));
    for (const QString& text : std::as_const(e.rrules))
        if (auto rule = RecurrenceRule::parse(text); !rule)
            return fail(rule.error().code,
                        QCoreApplication::translate("EventRepository", "The repetition cannot be kept: %1")
                            .arg(rule.error().message));
    if (e.isOverride() && !e.recurrenceId)
        return refuse(
            QT_TRANSLATE_NOOP("EventRepository", "A changed occurrence must name the occurrence it replaces."));
    for (int& minutes : e.reminders)
        minutes = std::clamp(minutes, -7 * 24 * 60, 4 * 7 * 24 * 60);
    if (e.ownerId.isEmpty())
        e.ownerId = m_db.localUserId();
    return e;
}

Result<void> EventRepository::checkLinks(const CalendarEvent& e) const {
    return checkReferences(
        m_db, type(), CalendarRows::valuesOf(e).list(),
        QCoreApplication::translate("EventRepository", "The %1 this event is linked to no longer exists."));
}

Result<CalendarEvent> EventRepository::save(CalendarEvent event) {
    auto valid = validate(std::move(event));
    if (!valid)
        return valid;
    CalendarEvent e = std::move(*valid);
    if (e.id.isEmpty())
        e.id = e.isOverride() ? overrideId(e.seriesId, *e.recurrenceId) : createUuid7();
    CalendarEvent stored;
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto linked = checkLinks(e); !linked)
            return linked;
        auto previous = RecordWriter(m_db, type()).load(e.id);
        if (!previous)
            return std::unexpected(previous.error());
        auto written = write(e, *previous);
        if (!written)
            return std::unexpected(written.error());
        stored = std::move(*written);
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<CalendarEvent> EventRepository::write(CalendarEvent e, const std::optional<StoredRecord>& previous) {
    const RecordKind& kind = RecordKind::of(type());
    const QVariantList values = CalendarRows::valuesOf(e).list();
    const DerivedRecord derived = kind.derived(values, {});
    RecordWriter writer(m_db, type());
    auto saved = writer.save(e.id, values, previous, derived.localColumns);
    if (!saved)
        return std::unexpected(saved.error());
    if (previous && previous->deleted) { // saving an occurrence again that was reverted earlier
        if (auto restored = DerivedState(m_db).setDeleted(type(), e.id, false, gone()); !restored)
            return std::unexpected(restored.error());
    }
    e.createdAt = saved->createdAt;
    e.updatedAt = saved->updatedAt;
    e.deleted = false;
    return e;
}

Result<QStringList> EventRepository::remove(const QString& id) {
    QStringList removed;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto overrides = overridesOf(id);
        if (!overrides)
            return std::unexpected(overrides.error());
        DerivedState derived(m_db);
        for (const CalendarEvent& o : std::as_const(*overrides)) {
            if (auto r = derived.setDeleted(type(), o.id, true, gone()); !r)
                return r;
            removed.append(o.id);
        }
        if (auto r = derived.setDeleted(type(), id, true, gone()); !r)
            return r;
        removed.prepend(id);
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return removed;
}

Result<void> EventRepository::restore(const QStringList& ids) {
    return m_db.transaction([&]() -> Result<void> {
        DerivedState derived(m_db);
        for (const QString& id : ids)
            if (auto r = derived.setDeleted(type(), id, false, gone()); !r)
                return r;
        return {};
    });
}

} // namespace Fieldbook
