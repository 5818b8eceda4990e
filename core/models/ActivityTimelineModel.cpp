#include "ActivityTimelineModel.h"

#include "store/records/ActivityRepository.h"
#include "store/db/Database.h"
#include "protocol/RecordType.h"
#include "store/db/RecordWatch.h"

#include <QDateTime>

namespace Fieldbook {

ActivityTimelineModel::ActivityTimelineModel(Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db) {
    RecordWatch(db, this).reload({&RecordType::activities()}, [this] {
        if (!m_recordId.isEmpty())
            reload();
    });
}

void ActivityTimelineModel::setRecord(const QString& id, TimelineOf of) {
    m_recordId = id;
    m_of = of;
    reload();
}

void ActivityTimelineModel::reload() {
    beginResetModel();
    m_items.clear();
    if (!m_recordId.isEmpty()) {
        ActivityRepository repo(m_db);
        auto list = m_of == TimelineOf::Account ? repo.forAccount(m_recordId)
                    : m_of == TimelineOf::Lead  ? repo.forLead(m_recordId)
                                                : repo.forContact(m_recordId);
        if (list)
            m_items = std::move(*list);
        else
            emit loadFailed(list.error().message);
    }
    endResetModel();
}

int ActivityTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ActivityTimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Activity& a = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return a.subject;
    case IdRole:
        return a.id;
    case KindRole:
        return int(a.kind);
    case KindNameRole:
        return activityKindName(a.kind);
    case StartsAtRole:
        return QDateTime::fromMSecsSinceEpoch(a.startsAt, Qt::UTC);
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
            {ContactIdRole, "contactId"}};
}

} // namespace Fieldbook
