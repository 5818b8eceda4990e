#pragma once

#include "common/Error.h"
#include "domain/CalendarEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace Fieldbook {

class Database;

/// A record an occurrence is linked to.
struct AgendaLink {
    QString id;
    QString name; ///< the account's or opportunity's name, the contact's or lead's display name
    friend bool operator==(const AgendaLink&, const AgendaLink&) = default;
};

/// One occurrence as `fieldbook-cli calendar agenda` lists it (docs/calendar-import.md, Agenda).
struct AgendaEntry {
    QString uid;                              ///< the series' (or single event's) iCalendar UID
    std::optional<CalendarTime> recurrenceId; ///< the occurrence of a series; none for a single event
    QString summary;
    QString location;
    EventKind kind = EventKind::Meeting;
    EventStatus status = EventStatus::Confirmed;
    bool allDay = false;
    QDateTime start; ///< UTC; an all-day occurrence's first midnight in the viewer's zone
    QDateTime end;   ///< UTC, exclusive
    QDate firstDay;  ///< all-day: the first date
    QDate endDay;    ///< all-day: the day after the last
    QByteArray zone; ///< the IANA zone of its wall clock ("UTC" for UTC times); empty for all-day and floating
    std::optional<AgendaLink> account;
    std::optional<AgendaLink> contact;
    std::optional<AgendaLink> lead;
    std::optional<AgendaLink> opportunity;
};

/// The occurrences of a period with recurrences expanded and the linked records named, as JSON
/// for scripts and as readable lines (the command line's `calendar agenda`).
class CalendarAgenda final {
    Q_DECLARE_TR_FUNCTIONS(CalendarAgenda)

public:
    CalendarAgenda(Database& db, QTimeZone viewer);

    /// The live user `nameOrEmail` names (the name or the e-mail address, any case). NotFound
    /// naming it when nobody has it, InvalidInput when several users have that name.
    [[nodiscard]] Result<QString> userId(const QString& nameOrEmail) const;
    /// The occurrences of the days `from` to `to` (both included, in the viewer's zone), ordered by
    /// start; with `userId`, those of events the user owns or attends. Cancelled ones are included.
    [[nodiscard]] Result<QList<AgendaEntry>> entries(QDate from, QDate to, const QString& userId = {}) const;

    /// A JSON array, one object per entry: uid, recurrence_id (iCalendar form, zoned values in
    /// UTC; null for a single event), summary, location, kind, status, all_day, start and end (UTC
    /// "…Z", all-day as dates, end exclusive), zone (null for all-day and floating), account,
    /// contact, lead, opportunity ({"id","name"} or null).
    static QByteArray toJson(const QList<AgendaEntry>& entries, const QTimeZone& viewer);
    /// One line per entry in the viewer's local time: "2027-03-01 Mon 09:00–10:00  Title · place · account".
    static QString toText(const QList<AgendaEntry>& entries, const QTimeZone& viewer, const QLocale& locale);

private:
    Database& m_db;
    QTimeZone m_viewer;
};

} // namespace Fieldbook
