#pragma once

#include "domain/CalendarEvent.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace Fieldbook {

class Database;

/// Who attends the event: colleagues from the user directory and contacts of the linked account,
/// ticked in one list; attendees from elsewhere (an imported invitation, a contact of another
/// account) are listed ticked under "Others" and kept unless unticked.
class EventEditorAttendees final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditorAttendees)
public:
    explicit EventEditorAttendees(Database& db, QWidget* parent = nullptr);

    /// Shows `attendees` of an event owned by `ownerId` and linked to the account `accountId`.
    void setAttendees(const QList<EventAttendee>& attendees, const QString& ownerId, const QString& accountId);
    /// The linked account changed: its contacts are offered instead (ticked ones stay).
    void setAccount(const QString& accountId);
    /// The ticked attendees, with the answers they gave.
    QList<EventAttendee> attendees() const;
    /// The colleagues among them.
    QStringList colleagueIds() const;
    QListWidget* list() const { return m_list; }

signals:
    void changed();

private:
    void rebuild(const QList<EventAttendee>& ticked);
    void addHeading(const QString& text);
    void addAttendee(const EventAttendee& attendee, const QString& text, bool ticked);

    Database& m_db;
    QListWidget* m_list;
    QString m_ownerId;
    QString m_accountId;
    bool m_building = false;
};

} // namespace Fieldbook
