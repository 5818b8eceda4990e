#pragma once

#include "calendar/IcsIssue.h"
#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>

namespace Fieldbook {

class Database;

/// What an iCalendar import did, or with a dry run would have done.
struct CalendarImportReport {
    int eventsAdded = 0;   ///< new events: singles, series, changed occurrences
    int eventsUpdated = 0; ///< events found by UID (and occurrence) and updated
    int tasksAdded = 0;
    int tasksUpdated = 0;
    int skipped = 0;        ///< items not imported: the reader's skipped items and the store's refusals
    QList<IcsIssue> issues; ///< the reader's and the import's, in line order

    /// `{"events_added":N,"events_updated":N,"tasks_added":N,"tasks_updated":N,"skipped":N,
    /// "issues":[{"line":L,"uid":"…","summary":"…","message":"…","skipped":false}]}` (docs/calendar-import.md).
    QJsonObject toJson() const;
    /// The same as compact JSON text with the keys in that order.
    QByteArray toJsonText() const;
};

/// Items written so far of all; returning false cancels the import, and nothing is written.
/// (A workflow cannot take services' ProgressFn: services include workflows, not the other way.)
using CalendarImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Imports an iCalendar file into events and tasks in one transaction (a workflow, docs/workflows.md;
/// the mapping in docs/calendar-import.md). Re-importing updates by UID: a series or single event by
/// its UID, a changed occurrence by its series and occurrence, a task by its UID. What the store
/// refuses (an unreadable RRULE, an event over a year long) is skipped with an issue naming the item,
/// the rest is imported; a storage failure, a cancel or a dry run writes nothing.
class CalendarImport final {
    Q_DECLARE_TR_FUNCTIONS(CalendarImport)

public:
    /// `viewer` reads dates and floating times where an instant is needed (splitting series).
    explicit CalendarImport(Database& db, QTimeZone viewer = QTimeZone::systemTimeZone());

    /// Fails with InvalidInput naming `fileName` when `bytes` are not iCalendar, with the store's
    /// error when it fails, Cancelled when `progress` said so.
    [[nodiscard]] Result<CalendarImportReport> run(const QByteArray& bytes, const QString& fileName, bool dryRun,
                                                   const CalendarImportProgress& progress = {});

private:
    Database& m_db;
    QTimeZone m_viewer;
};

} // namespace Fieldbook
