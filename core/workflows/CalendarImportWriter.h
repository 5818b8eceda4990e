#pragma once

#include "CalendarImport.h"
#include "CalendarImportMapping.h"
#include "CalendarImportSeries.h"
#include "calendar/CalendarItem.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"

#include <QSet>

namespace Fieldbook {

/// The writing half of CalendarImport, inside its transaction: items grouped by UID, series split
/// at their THISANDFUTURE changes, overrides attached, each record counted once.
class CalendarImportWriter final {
public:
    CalendarImportWriter(Database& db, QTimeZone viewer, CalendarImportReport& report);

    /// Writes `items` (readIcs() order; `lines` their lines). Fails only when the store fails or
    /// `progress` cancels; what the store refuses becomes an issue.
    [[nodiscard]] Result<void> write(const QList<CalendarItem>& items, const QList<int>& lines,
                                     const CalendarImportProgress& progress);

private:
    struct Source {
        const CalendarItem* item = nullptr;
        int line = 0;
    };
    /// One UID's items: its series (or single event) and the changed occurrences.
    struct Group {
        QString uid;
        std::optional<Source> master;
        QList<Source> overrides;
    };
    /// A group's series cut at its THISANDFUTURE changes (`changes` their sources, in the order
    /// split() was given them) and the changes of single occurrences.
    struct Split {
        QList<SeriesPiece> pieces;
        QList<Source> changes;
        QList<Source> singles;
    };
    enum class Orphan { NoSeries, SeriesRefused };

    /// Events grouped by UID in file order; tasks go to `tasks`.
    QList<Group> groupsOf(const QList<CalendarItem>& items, const QList<int>& lines, QList<Source>* tasks);

    [[nodiscard]] Result<void> writeGroup(const Group& group);
    [[nodiscard]] Result<Split> splitOf(const Group& group, const CalendarEvent& master);
    /// The ids of the saved parts (empty where the store refused one); none at all when it refused the master.
    [[nodiscard]] Result<QStringList> savePieces(const Group& group, const Split& split,
                                                 const std::optional<CalendarEvent>& stored);
    [[nodiscard]] Result<void> writePieces(const Group& group, const CalendarEvent& master,
                                           const std::optional<CalendarEvent>& stored);
    /// Changes of the master's occurrences that the split moved into later parts, stored by an earlier
    /// import or made in Fieldbook, move with them (a file's own changes are written after).
    [[nodiscard]] Result<void> moveStoredOverrides(const CalendarEvent& master, const QList<SeriesPiece>& pieces,
                                                   const QStringList& pieceIds);
    [[nodiscard]] Result<void> writeOverride(const CalendarEvent& master, const QList<SeriesPiece>& pieces,
                                             const QStringList& pieceIds, const Source& source);
    [[nodiscard]] Result<void> writeOrphan(const Source& source, Orphan why);
    [[nodiscard]] Result<void> writeTask(const Source& source);

    [[nodiscard]] Result<CalendarEvent> eventOf(const Source& source);
    /// The live series or single event (no override) with `uid`.
    [[nodiscard]] Result<std::optional<CalendarEvent>> storedSeries(const QString& uid) const;
    /// Saves `event` over `stored` (when given); the saved record, or nothing when the store refused it.
    [[nodiscard]] Result<std::optional<CalendarEvent>> saveEvent(CalendarEvent event,
                                                                 const std::optional<CalendarEvent>& stored,
                                                                 const Source& source, bool kindFromFile = true);
    void count(const QString& id, bool existed, bool task);
    void issue(const Source& source, const QString& message, bool skipped = false);

    QTimeZone m_viewer;
    CalendarImportReport& m_report;
    EventRepository m_events;
    TaskRepository m_tasks;
    CalendarImportPeople m_people;
    QSet<QString> m_written; ///< ids written by this import, each counted once
};

} // namespace Fieldbook
