#include "TaskListModel.h"

#include "common/Clock.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/db/RecordWatch.h"
#include "store/journal/RecordLabels.h"
#include "store/records/TaskRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Groups have internal id 0; a task's internal id is its group's row + 1.
constexpr quintptr kGroupId = 0;

int priorityRank(TaskPriority priority) {
    switch (priority) {
    case TaskPriority::High:
        return 0;
    case TaskPriority::Normal:
        return 1;
    case TaskPriority::None:
        return 2;
    case TaskPriority::Low:
        break;
    }
    return 3;
}

QDateTime dueIn(const CalendarTask& task, const QTimeZone& zone) {
    return task.due ? task.due->toDateTime(zone).toTimeZone(zone) : QDateTime();
}

} // namespace

TaskListModel::TaskListModel(Database& db, QTimeZone zone, QObject* parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone()) {
    RecordWatch(db, this).reload({&RecordType::tasks()}, [this] { reload(); });
    reload();
}

void TaskListModel::setZone(const QTimeZone& zone) {
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    reload();
}

TaskListModel::Group TaskListModel::groupOf(const CalendarTask& task, const QDateTime& now, const QTimeZone& zone) {
    if (task.status == TaskStatus::Done || task.status == TaskStatus::Cancelled)
        return Group::Done;
    if (!task.due)
        return Group::NoDate;
    const QDate today = now.toTimeZone(zone).date();
    if (task.due->isAllDay())
        return task.due->date < today ? Group::Overdue : task.due->date == today ? Group::Today : Group::Upcoming;
    const QDateTime due = task.due->toDateTime(zone);
    if (due < now)
        return Group::Overdue;
    return due.toTimeZone(zone).date() == today ? Group::Today : Group::Upcoming;
}

Result<QList<CalendarTask>> TaskListModel::readTasks() const {
    TaskRepository repo(m_db);
    auto open = repo.list(TaskRepository::Filter::Open);
    if (!open)
        return open;
    auto done = repo.list(TaskRepository::Filter::Done, kDoneLimit);
    if (!done)
        return done;
    return *open + *done;
}

void TaskListModel::reload() {
    beginResetModel();
    m_now = Clock::nowUtc();
    m_names.clear();
    auto tasks = readTasks();
    if (tasks)
        regroup(*tasks);
    else
        m_groups.clear();
    endResetModel();
    if (!tasks)
        emit loadFailed(tasks.error().message);
}

void TaskListModel::regroup(const QList<CalendarTask>& tasks) {
    QList<CalendarTask> byGroup[kGroupCount];
    const QDate today = m_now.toTimeZone(m_zone).date();
    m_nextRegroup = QDateTime(today.addDays(1), QTime(0, 0), m_zone).toUTC();
    for (const CalendarTask& t : tasks) {
        const Group group = groupOf(t, m_now, m_zone);
        byGroup[int(group)].append(t);
        if (group == Group::Today && !t.due->isAllDay())
            m_nextRegroup = std::min(m_nextRegroup, t.due->toDateTime(m_zone).toUTC().addMSecs(1));
    }
    const auto byDue = [this](const CalendarTask& a, const CalendarTask& b) {
        const QDateTime dueA = dueIn(a, m_zone);
        const QDateTime dueB = dueIn(b, m_zone);
        if (dueA != dueB)
            return dueA < dueB;
        return priorityRank(a.priority) < priorityRank(b.priority);
    };
    m_groups.clear();
    for (int g = 0; g < kGroupCount; ++g) {
        QList<CalendarTask>& list = byGroup[g];
        if (list.isEmpty())
            continue;
        if (Group(g) == Group::NoDate)
            std::stable_sort(list.begin(), list.end(), [](const CalendarTask& a, const CalendarTask& b) {
                return priorityRank(a.priority) < priorityRank(b.priority);
            });
        else if (Group(g) != Group::Done)
            std::stable_sort(list.begin(), list.end(), byDue);
        m_groups.append({Group(g), std::move(list)});
    }
}

int TaskListModel::count(Group group) const {
    for (const Rows& rows : m_groups)
        if (rows.group == group)
            return int(rows.tasks.size());
    return 0;
}

QModelIndex TaskListModel::groupIndex(Group group) const {
    for (qsizetype row = 0; row < m_groups.size(); ++row)
        if (m_groups.at(row).group == group)
            return createIndex(int(row), 0, kGroupId);
    return {};
}

QModelIndex TaskListModel::indexOf(const QString& id) const {
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<CalendarTask>& tasks = m_groups.at(g).tasks;
        for (qsizetype row = 0; row < tasks.size(); ++row)
            if (tasks.at(row).id == id)
                return createIndex(int(row), 0, quintptr(g + 1));
    }
    return {};
}

const CalendarTask* TaskListModel::taskAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const qsizetype g = qsizetype(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= m_groups.at(g).tasks.size())
        return nullptr;
    return &m_groups.at(g).tasks.at(index.row());
}

QModelIndex TaskListModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size() ||
        row >= m_groups.at(parent.row()).tasks.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex TaskListModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int TaskListModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).tasks.size());
}

int TaskListModel::columnCount(const QModelIndex&) const {
    return 1;
}

QStringList TaskListModel::linkNames(const CalendarTask& task) const {
    QStringList names;
    const RecordLabels labels(m_db);
    for (const auto& [type, id] :
         {std::pair{&RecordType::contacts(), task.contactId}, std::pair{&RecordType::accounts(), task.accountId},
          std::pair{&RecordType::leads(), task.leadId}, std::pair{&RecordType::opportunities(), task.opportunityId}}) {
        if (id.isEmpty())
            continue;
        const QString key = type->table + u'|' + id;
        auto cached = m_names.constFind(key);
        if (cached == m_names.cend()) {
            auto label = labels.labelOf(type->table, id);
            cached = m_names.insert(key, label ? *label : QString());
        }
        if (!cached->isEmpty())
            names.append(*cached);
    }
    return names;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (const CalendarTask* task = taskAt(index))
        return taskData(*task, role);
    if (index.row() >= m_groups.size())
        return {};
    const Rows& rows = m_groups.at(index.row());
    switch (role) {
    case IsGroupRole:
        return true;
    case GroupRole:
        return int(rows.group);
    case CountRole:
        return int(rows.tasks.size());
    default:
        return {};
    }
}

QVariant TaskListModel::taskData(const CalendarTask& t, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case Qt::CheckStateRole:
        return t.isDone() ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return t.id;
    case IsGroupRole:
        return false;
    case GroupRole:
        return int(groupOf(t, m_now, m_zone));
    case DueRole:
        return dueIn(t, m_zone);
    case DueAllDayRole:
        return t.due && t.due->isAllDay();
    case PriorityRole:
        return int(t.priority);
    case StatusRole:
        return int(t.status);
    case DoneAtRole:
        return t.doneAt > 0 ? QDateTime::fromMSecsSinceEpoch(t.doneAt, m_zone) : QDateTime();
    case LinkNamesRole:
        return linkNames(t);
    case DescriptionRole:
        return t.description;
    default:
        return {};
    }
}

bool TaskListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const CalendarTask* task = taskAt(index);
    if (!task || role != Qt::CheckStateRole)
        return false;
    CalendarTask changed = *task;
    changed.status = Qt::CheckState(value.toInt()) == Qt::Checked ? TaskStatus::Done : TaskStatus::Open;
    if (changed.status == task->status)
        return false;
    // The store's change notification regroups the list.
    auto saved = TaskRepository(m_db).save(changed);
    if (!saved) {
        emit saveFailed(saved.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!taskAt(index))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace Fieldbook
