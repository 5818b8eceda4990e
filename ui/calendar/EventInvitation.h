#pragma once

#include "common/Error.h"
#include "widgets/MessageBanner.h"

#include <QCoreApplication>

#include <functional>

namespace Fieldbook {

class Database;

/// Sends an event's invitation to its contacts (docs/calendar.md, Who sees what): the iCalendar
/// request (METHOD:REQUEST, CalendarExport::invitation) from the user as organizer goes to the
/// desktop's mail program (xdg-email) addressed to the attendees outside the team, or, without a
/// mail program, to a file the user chooses to pass on. Colleagues need none: they receive the
/// event through sync.
class EventInvitation final {
    Q_DECLARE_TR_FUNCTIONS(EventInvitation)
public:
    /// Asks where to save the invitation (the suggested file name given); empty when cancelled.
    using SaveLocation = std::function<QString(const QString& suggestedName)>;

    struct Outcome {
        QString message; ///< empty when the user cancelled
        MessageBanner::Type type = MessageBanner::Type::Positive;
    };

    EventInvitation(Database& db, SaveLocation saveLocation);

    /// The invitation to the event `eventId` (a series with its changed occurrences).
    [[nodiscard]] Result<Outcome> send(const QString& eventId);

private:
    Database& m_db;
    SaveLocation m_saveLocation;
};

} // namespace Fieldbook
