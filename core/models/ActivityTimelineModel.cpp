#include "ActivityTimelineModel.h"

#include "calendar/RecurrenceText.h"
#include "common/Clock.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/db/RecordWatch.h"
#include "workflows/MeetingLog.h"

#include <QLocale>

namespace Fieldbook {

ActivityTimelineModel::ActivityTimelineModel(Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_zone(QTimeZone::systemTimeZone()) {
    RecordWatch(db, this).reload({&RecordType::activities(), &RecordType::events(), &RecordType::tasks()}, [this] {
        if (!m_recordId.isEmpty())
            reload();
    });
}

void ActivityTimelineModel::setRecord(const QString& id, TimelineOf of) {
    m_recordId = id;
    m_of = of;
    reload();
}

void ActivityTimelineModel::setZone(const QTimeZone& zone) {
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (!m_recordId.isEmpty())
        reload();
}

void ActivityTimelineModel::reload() {
    beginResetModel();
    m_items.clear();
    if (!m_recordId.isEmpty()) {
        auto entries = TimelineEntries(m_db, m_zone, Clock::nowUtc()).load(m_recordId, m_of);
        if (entries)
            m_items = std::move(*entries);
        else
            emit loadFailed(entries.error().message);
    }
    endResetModel();
}

int ActivityTimelineModel::rowOf(const QString& id) const {
    for (qsizetype row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).recordId() == id)
            return int(row);
    return -1;
}

int ActivityTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ActivityTimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const TimelineEntry& entry = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return entry.recordId();
    case EntryTypeRole:
        return int(entry.type);
    case StateRole:
        return int(entry.state);
    case StartsAtRole:
        return entry.when;
    case EndsAtRole:
        return entry.end;
    case AllDayRole:
        return entry.allDay;
    case CanLogRole:
        return entry.canLog();
    case LogStartRole:
        return entry.logStart;
    default:
        break;
    }
    switch (entry.type) {
    case TimelineEntry::Type::Event:
        return eventData(entry, role);
    case TimelineEntry::Type::Task:
        return taskData(entry.task, role);
    case TimelineEntry::Type::Activity:
        break;
    }
    return activityData(entry.activity, role);
}

QVariant ActivityTimelineModel::activityData(const Activity& a, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return a.subject;
    case KindRole:
        return int(a.kind);
    case KindNameRole:
        return activityKindName(a.kind);
    case DurationRole:
        return a.durationMinutes;
    case OutcomeRole:
        return a.outcome;
    case NotesRole:
        return a.notes;
    case DoneRole:
        return a.done;
    case ContactIdRole:
        return a.contactId;
    default:
        return {};
    }
}

QVariant ActivityTimelineModel::eventData(const TimelineEntry& entry, int role) const {
    const CalendarEvent& e = entry.event;
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return e.title;
    case KindRole:
        return int(MeetingLog::activityKindOf(e.kind));
    case KindNameRole:
        return eventKindKey(e.kind);
    case DurationRole:
        return entry.allDay ? 0 : int(entry.when.secsTo(entry.end) / 60);
    case NotesRole:
        return e.description;
    case DoneRole:
        return !entry.upcoming;
    case ContactIdRole:
        return e.contactId;
    case LocationRole:
        return e.location;
    case ActivityIdRole:
        return e.activityId;
    case RecurrenceRole: {
        if (entry.series.rrules.isEmpty())
            return QString();
        auto rule = RecurrenceRule::parse(entry.series.rrules.constFirst());
        return rule ? describeRecurrence(*rule, entry.series.start, QLocale()) : QString();
    }
    default:
        return {};
    }
}

QVariant ActivityTimelineModel::taskData(const CalendarTask& t, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return t.title;
    case KindRole:
        return int(ActivityKind::Task);
    case KindNameRole:
        return activityKindName(ActivityKind::Task);
    case NotesRole:
        return t.description;
    case DoneRole:
        return t.isDone();
    case ContactIdRole:
        return t.contactId;
    case PriorityRole:
        return int(t.priority);
    case DurationRole:
        return 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityTimelineModel::roleNames() const {
    return {{IdRole, "id"},
            {KindRole, "kind"},
            {KindNameRole, "kindName"},
            {SubjectRole, "subject"},
            {StartsAtRole, "startsAt"},
            {DurationRole, "duration"},
            {OutcomeRole, "outcome"},
            {NotesRole, "notes"},
            {DoneRole, "done"},
            {ContactIdRole, "contactId"},
            {EntryTypeRole, "entryType"},
            {StateRole, "state"},
            {EndsAtRole, "endsAt"},
            {AllDayRole, "allDay"},
            {LocationRole, "location"},
            {RecurrenceRole, "recurrence"},
            {CanLogRole, "canLog"},
            {LogStartRole, "logStart"},
            {ActivityIdRole, "activityId"},
            {PriorityRole, "priority"}};
}

} // namespace Fieldbook
