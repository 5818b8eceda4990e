#include "CalendarImportWriter.h"

#include "store/db/Database.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The store refused one record before writing anything (docs/workflows.md, The contract).
bool isRefusal(const Error& error) {
    return error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound ||
           error.code == ErrorCode::Unsupported || error.code == ErrorCode::Duplicate;
}

/// How an issue names an item: its summary in quotes, else its UID.
QString nameOf(const CalendarItem& item) {
    return item.summary.trimmed().isEmpty() ? item.uid : u"\"%1\""_s.arg(item.summary.trimmed());
}

constexpr qint64 kProgressEvery = 200;

} // namespace

CalendarImportWriter::CalendarImportWriter(Database& db, QTimeZone viewer, CalendarImportReport& report)
    : m_viewer(std::move(viewer))
    , m_report(report)
    , m_events(db)
    , m_tasks(db)
    , m_people(db) {}

QList<CalendarImportWriter::Group> CalendarImportWriter::groupsOf(const QList<CalendarItem>& items,
                                                                  const QList<int>& lines, QList<Source>* tasks) {
    QList<Group> groups;
    QHash<QString, qsizetype> groupOf;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Source source{&items.at(i), lines.value(i)};
        if (source.item->kind == CalendarItem::Kind::Task) {
            tasks->append(source);
            continue;
        }
        auto group = groupOf.constFind(source.item->uid);
        if (group == groupOf.constEnd()) {
            group = groupOf.insert(source.item->uid, groups.size());
            groups.append(Group{source.item->uid, {}, {}});
        }
        Group& g = groups[*group];
        if (source.item->isOverride()) {
            g.overrides.append(source);
            continue;
        }
        if (g.master)
            issue(source, CalendarImport::tr("Line %1: %2 has the UID of the item on line %3 and replaces it.")
                              .arg(source.line)
                              .arg(nameOf(*source.item))
                              .arg(g.master->line));
        g.master = source;
    }
    return groups;
}

Result<void> CalendarImportWriter::write(const QList<CalendarItem>& items, const QList<int>& lines,
                                         const CalendarImportProgress& progress) {
    QList<Source> tasks;
    const QList<Group> groups = groupsOf(items, lines, &tasks);
    const qint64 total = items.size();
    qint64 done = 0;
    auto carryOn = [&](qint64 more) {
        const qint64 before = done;
        done += more;
        return !progress || before / kProgressEvery == done / kProgressEvery || progress(done, total);
    };
    const auto cancelled = [] {
        return fail(ErrorCode::Cancelled, CalendarImport::tr("The import was cancelled; nothing was imported."));
    };
    for (const Group& group : groups) {
        if (auto written = writeGroup(group); !written)
            return written;
        if (!carryOn(group.overrides.size() + (group.master ? 1 : 0)))
            return cancelled();
    }
    for (const Source& task : std::as_const(tasks)) {
        if (auto written = writeTask(task); !written)
            return written;
        if (!carryOn(1))
            return cancelled();
    }
    if (progress && !progress(done, total))
        return cancelled();
    return {};
}

Result<void> CalendarImportWriter::writeGroup(const Group& group) {
    auto stored = storedSeries(group.uid);
    if (!stored)
        return std::unexpected(stored.error());
    if (!group.master && !*stored) {
        for (const Source& source : group.overrides)
            if (auto written = writeOrphan(source, Orphan::NoSeries); !written)
                return written;
        return {};
    }
    if (!group.master)
        return writePieces(group, **stored, *stored);
    auto master = eventOf(*group.master);
    if (!master)
        return std::unexpected(master.error());
    return writePieces(group, *master, *stored);
}

Result<CalendarImportWriter::Split> CalendarImportWriter::splitOf(const Group& group, const CalendarEvent& master) {
    Split split;
    QList<CalendarEvent> changes;
    for (const Source& source : group.overrides) {
        if (!source.item->thisAndFuture) {
            split.singles.append(source);
            continue;
        }
        auto change = eventOf(source);
        if (!change)
            return std::unexpected(change.error());
        changes.append(*change);
        split.changes.append(source);
    }
    QList<qsizetype> unmatched;
    split.pieces = changes.isEmpty() ? QList<SeriesPiece>{SeriesPiece{master, {}, 0, -1}}
                                     : CalendarImportSeries::split(master, changes, m_viewer, &unmatched);
    for (const qsizetype index : std::as_const(unmatched)) {
        const Source& source = split.changes.at(index);
        issue(source, CalendarImport::tr("Line %1: RANGE=THISANDFUTURE of %2 names no occurrence of its series; only "
                                         "that occurrence was changed.")
                          .arg(source.line)
                          .arg(nameOf(*source.item)));
        split.singles.append(source);
    }
    return split;
}

Result<QStringList> CalendarImportWriter::savePieces(const Group& group, const Split& split,
                                                     const std::optional<CalendarEvent>& stored) {
    QStringList ids(split.pieces.size());
    if (group.master || split.pieces.size() > 1) {
        const Source& source = group.master ? *group.master : split.changes.first();
        auto saved = saveEvent(split.pieces.first().event, stored, source, group.master.has_value());
        if (!saved)
            return std::unexpected(saved.error());
        if (!*saved)
            return QStringList();
        ids[0] = (*saved)->id;
    } else {
        ids[0] = stored->id;
    }
    for (qsizetype k = 1; k < split.pieces.size(); ++k) {
        const SeriesPiece& piece = split.pieces.at(k);
        const Source& source = split.changes.at(piece.change);
        auto existing = storedSeries(piece.event.uid);
        if (!existing)
            return std::unexpected(existing.error());
        auto saved = saveEvent(piece.event, *existing, source);
        if (!saved)
            return std::unexpected(saved.error());
        if (!*saved)
            continue;
        ids[k] = (*saved)->id;
        issue(source, CalendarImport::tr("Line %1: from this occurrence on, %2 continues as a series of its own "
                                         "with the UID %3 (RANGE=THISANDFUTURE).")
                          .arg(source.line)
                          .arg(nameOf(*source.item), piece.event.uid));
    }
    return ids;
}

Result<void> CalendarImportWriter::writePieces(const Group& group, const CalendarEvent& master,
                                               const std::optional<CalendarEvent>& stored) {
    auto split = splitOf(group, master);
    if (!split)
        return std::unexpected(split.error());
    auto ids = savePieces(group, *split, stored);
    if (!ids)
        return std::unexpected(ids.error());
    if (ids->isEmpty()) { // the store refused the series
        for (const Source& source : group.overrides)
            if (auto written = writeOrphan(source, Orphan::SeriesRefused); !written)
                return written;
        return {};
    }
    if (split->pieces.size() > 1)
        if (auto moved = moveStoredOverrides(master, split->pieces, *ids); !moved)
            return moved;
    for (const Source& source : std::as_const(split->singles))
        if (auto written = writeOverride(master, split->pieces, *ids, source); !written)
            return written;
    return {};
}

Result<void> CalendarImportWriter::moveStoredOverrides(const CalendarEvent& master, const QList<SeriesPiece>& pieces,
                                                       const QStringList& pieceIds) {
    auto stored = m_events.overridesOf(pieceIds.first());
    if (!stored)
        return std::unexpected(stored.error());
    for (const CalendarEvent& o : std::as_const(*stored)) {
        const auto [k, occurrence] = CalendarImportSeries::place(master, pieces, *o.recurrenceId, m_viewer);
        if (k == 0)
            continue;
        if (auto removed = m_events.remove(o.id); !removed)
            return std::unexpected(removed.error());
        if (pieceIds.at(k).isEmpty())
            continue;
        CalendarEvent moved = o;
        moved.id = EventRepository::overrideId(pieceIds.at(k), occurrence);
        moved.seriesId = pieceIds.at(k);
        moved.recurrenceId = occurrence;
        moved.uid = pieces.at(k).event.uid;
        auto existing = m_events.get(moved.id);
        if (existing && !existing->deleted)
            continue; // the part already has its own change of that occurrence
        if (!existing && existing.error().code != ErrorCode::NotFound)
            return std::unexpected(existing.error());
        if (auto saved = m_events.save(moved); !saved && !isRefusal(saved.error()))
            return std::unexpected(saved.error());
    }
    return {};
}

Result<void> CalendarImportWriter::writeOverride(const CalendarEvent& master, const QList<SeriesPiece>& pieces,
                                                 const QStringList& pieceIds, const Source& source) {
    const auto [k, occurrence] = CalendarImportSeries::place(master, pieces, *source.item->recurrenceId, m_viewer);
    if (pieceIds.at(k).isEmpty())
        return writeOrphan(source, Orphan::SeriesRefused);
    auto e = eventOf(source);
    if (!e)
        return std::unexpected(e.error());
    const CalendarEvent& series = pieces.at(k).event;
    e->seriesId = pieceIds.at(k);
    e->recurrenceId = occurrence;
    e->thisAndFuture = false;
    e->rrules.clear();
    e->rdates.clear();
    e->exdates.clear();
    e->uid = series.uid;
    for (auto member : {&CalendarEvent::accountId, &CalendarEvent::contactId, &CalendarEvent::leadId,
                        &CalendarEvent::opportunityId, &CalendarEvent::ownerId}) {
        if (((*e).*member).isEmpty())
            (*e).*member = series.*member;
    }
    e->id = EventRepository::overrideId(e->seriesId, occurrence);
    std::optional<CalendarEvent> stored;
    if (auto existing = m_events.get(e->id); existing && !existing->deleted)
        stored = *existing;
    else if (!existing && existing.error().code != ErrorCode::NotFound)
        return std::unexpected(existing.error());
    auto saved = saveEvent(*e, stored, source);
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Result<void> CalendarImportWriter::writeOrphan(const Source& source, Orphan why) {
    auto e = eventOf(source);
    if (!e)
        return std::unexpected(e.error());
    e->seriesId.clear();
    e->recurrenceId.reset();
    e->thisAndFuture = false;
    e->uid = CalendarImportSeries::pieceUid(source.item->uid, *source.item->recurrenceId, m_viewer);
    auto stored = storedSeries(e->uid);
    if (!stored)
        return std::unexpected(stored.error());
    auto saved = saveEvent(*e, *stored, source);
    if (!saved)
        return std::unexpected(saved.error());
    if (!*saved)
        return {};
    const QString message =
        why == Orphan::NoSeries
            ? CalendarImport::tr("Line %1: %2 changes an occurrence of a series that is neither in the file nor in "
                                 "Fieldbook; it was imported as a single event with the UID %3.")
            : CalendarImport::tr("Line %1: the series of %2 could not be imported; this changed occurrence was "
                                 "imported as a single event with the UID %3.");
    issue(source, message.arg(source.line).arg(nameOf(*source.item), e->uid));
    return {};
}

Result<void> CalendarImportWriter::writeTask(const Source& source) {
    const CalendarItem& item = *source.item;
    if (item.isOverride()) {
        issue(source,
              CalendarImport::tr("Line %1: %2 changes one occurrence of a repeating task; tasks in Fieldbook do not "
                                 "repeat, so it was skipped.")
                  .arg(source.line)
                  .arg(nameOf(item)),
              true);
        ++m_report.skipped;
        return {};
    }
    if (item.isRecurring())
        issue(source, CalendarImport::tr("Line %1: %2 repeats; tasks in Fieldbook do not repeat, so it was imported "
                                         "once.")
                          .arg(source.line)
                          .arg(nameOf(item)));
    CalendarTask task = CalendarImportMapping::taskOf(item);
    auto found = m_tasks.withUid(item.uid);
    if (!found)
        return std::unexpected(found.error());
    const std::optional<CalendarTask> stored = found->isEmpty() ? std::nullopt : std::optional(found->first());
    if (stored) {
        task = CalendarImportMapping::overlay(*stored, task);
        if (task == *stored) {
            count(stored->id, true, true);
            return {};
        }
    }
    auto saved = m_tasks.save(task);
    if (!saved) {
        if (!isRefusal(saved.error()))
            return std::unexpected(saved.error());
        issue(source,
              CalendarImport::tr("Line %1: %2 was not imported: %3")
                  .arg(source.line)
                  .arg(nameOf(item), saved.error().message),
              true);
        ++m_report.skipped;
        return {};
    }
    count(saved->id, stored.has_value(), true);
    return {};
}

Result<CalendarEvent> CalendarImportWriter::eventOf(const Source& source) {
    CalendarEvent event = CalendarImportMapping::eventOf(*source.item);
    if (auto linked = m_people.link(event); !linked)
        return std::unexpected(linked.error());
    return event;
}

Result<std::optional<CalendarEvent>> CalendarImportWriter::storedSeries(const QString& uid) const {
    auto found = m_events.withUid(uid);
    if (!found)
        return std::unexpected(found.error());
    for (const CalendarEvent& event : std::as_const(*found))
        if (!event.isOverride())
            return std::optional(event);
    return std::optional<CalendarEvent>();
}

Result<std::optional<CalendarEvent>> CalendarImportWriter::saveEvent(CalendarEvent event,
                                                                     const std::optional<CalendarEvent>& stored,
                                                                     const Source& source, bool kindFromFile) {
    if (stored) {
        event = CalendarImportMapping::overlay(
            *stored, event, kindFromFile && CalendarImportMapping::kindNamed(source.item->categories));
        if (event == *stored) {
            count(stored->id, true, false);
            return stored;
        }
    }
    auto saved = m_events.save(event);
    if (!saved) {
        if (!isRefusal(saved.error()))
            return std::unexpected(saved.error());
        issue(source,
              CalendarImport::tr("Line %1: %2 was not imported: %3")
                  .arg(source.line)
                  .arg(nameOf(*source.item), saved.error().message),
              true);
        ++m_report.skipped;
        return std::optional<CalendarEvent>();
    }
    count(saved->id, stored.has_value(), false);
    return std::optional(*saved);
}

void CalendarImportWriter::count(const QString& id, bool existed, bool task) {
    if (m_written.contains(id))
        return;
    m_written.insert(id);
    if (task)
        ++(existed ? m_report.tasksUpdated : m_report.tasksAdded);
    else
        ++(existed ? m_report.eventsUpdated : m_report.eventsAdded);
}

void CalendarImportWriter::issue(const Source& source, const QString& message, bool skipped) {
    m_report.issues.append(IcsIssue{source.line, source.item->uid, source.item->summary, message, skipped});
}

} // namespace Fieldbook
