#pragma once

#include "common/Error.h"
#include "domain/CalendarTask.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace Fieldbook {

class Database;

/// The user's task list (docs/calendar-tasks.md, "Task list"): the tasks in groups (overdue, due
/// today, upcoming, without a date, done), each group a top-level row with its tasks below it;
/// groups without tasks are left out. "Today" and "overdue" are read at the time of the last
/// reload in the display zone. Follows committed changes of tasks; the check state completes and
/// reopens a task.
class TaskListModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Group { Overdue, Today, Upcoming, NoDate, Done };
    static constexpr int kGroupCount = 5;
    /// How many done tasks the Done group holds at most (the newest).
    static constexpr int kDoneLimit = 200;

    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: a task's id; empty for a group
        IsGroupRole,               ///< bool
        GroupRole,                 ///< int (Group) of a group or of a task
        CountRole,                 ///< int: the tasks of a group
        TitleRole,
        DueRole,       ///< QDateTime in the display zone (a date's start of day); invalid without a date
        DueAllDayRole, ///< bool: due on a date, without a time
        PriorityRole,  ///< int (TaskPriority)
        StatusRole,    ///< int (TaskStatus)
        DoneAtRole,    ///< QDateTime in the display zone; invalid unless done
        LinkNamesRole, ///< QStringList: the names of the linked contact, account, lead and opportunity
        DescriptionRole,
    };

    TaskListModel(Database& db, QTimeZone zone, QObject* parent = nullptr);

    void setZone(const QTimeZone& zone);
    QTimeZone zone() const { return m_zone; }
    /// Reads the tasks again and regroups them at the current time (Clock).
    void reload();

    /// The group a task falls in at `now`, in `zone`.
    static Group groupOf(const CalendarTask& task, const QDateTime& now, const QTimeZone& zone);
    /// The next moment after the last reload when a task changes group (midnight, a due time today).
    QDateTime nextRegroup() const { return m_nextRegroup; }
    /// The tasks in `group`.
    int count(Group group) const;
    /// The row of `group`; invalid when it holds no tasks.
    QModelIndex groupIndex(Group group) const;
    /// The row of the task `id`; invalid when it is not listed.
    QModelIndex indexOf(const QString& id) const;
    /// The task at `index`; nullptr for a group.
    const CalendarTask* taskAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void loadFailed(const QString& message);
    /// Completing or reopening a task was refused.
    void saveFailed(const QString& message);

private:
    struct Rows {
        Group group;
        QList<CalendarTask> tasks;
    };
    [[nodiscard]] Result<QList<CalendarTask>> readTasks() const;
    void regroup(const QList<CalendarTask>& tasks);
    QStringList linkNames(const CalendarTask& task) const;
    QVariant taskData(const CalendarTask& task, int role) const;

    Database& m_db;
    QTimeZone m_zone;
    QDateTime m_now;
    QDateTime m_nextRegroup;
    QList<Rows> m_groups;
    mutable QHash<QString, QString> m_names; ///< "table|id" -> label, for one reload
};

} // namespace Fieldbook
