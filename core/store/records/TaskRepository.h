#pragma once

#include "common/Error.h"
#include "domain/CalendarTask.h"

namespace Fieldbook {

class Database;

/// Reads and writes tasks (docs/calendar.md).
class TaskRepository final {
public:
    explicit TaskRepository(Database& db);

    /// Which tasks a list shows; "today" and "overdue" are relative to `nowMs` in the viewer's zone.
    enum class Filter { Open, Done, All };

    [[nodiscard]] Result<CalendarTask> get(const QString& id) const;
    /// Live tasks, open ones by due instant (those without a due date last), done ones newest first.
    [[nodiscard]] Result<QList<CalendarTask>> list(Filter filter, int limit = 5000) const;
    /// Live tasks due in [fromMs, toMs) (UTC).
    [[nodiscard]] Result<QList<CalendarTask>> dueBetween(qint64 fromMs, qint64 toMs) const;
    [[nodiscard]] Result<QList<CalendarTask>> withUid(const QString& uid) const;
    /// Live tasks linked to a record through the reference field `field` ("account_id").
    [[nodiscard]] Result<QList<CalendarTask>> linkedTo(const QString& field, const QString& id, int limit = 500) const;
    [[nodiscard]] Result<int> count() const;

    /// Validates and stores `task`; marking it done stamps the time, reopening clears it.
    [[nodiscard]] Result<CalendarTask> save(CalendarTask task);
    [[nodiscard]] Result<void> remove(const QString& id);
    [[nodiscard]] Result<void> restore(const QString& id);

private:
    [[nodiscard]] Result<QList<CalendarTask>> select(const QString& where, const QVariantList& values) const;
    [[nodiscard]] Result<void> checkLinks(const CalendarTask& task) const;
    Database& m_db;
};

} // namespace Fieldbook
