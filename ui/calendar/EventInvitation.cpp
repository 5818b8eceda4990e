#include "EventInvitation.h"

#include "quotes/QuoteSender.h"
#include "services/CalendarExport.h"
#include "store/records/EventRepository.h"
#include "store/records/UserRepository.h"

#include <QDir>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The addresses of the attendees who are not colleagues.
QStringList addressesOf(const CalendarEvent& event) {
    QStringList addresses;
    for (const EventAttendee& a : event.attendees)
        if (a.userId.isEmpty() && !a.email.isEmpty() && !addresses.contains(a.email))
            addresses.append(a.email);
    return addresses;
}

Result<void> write(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io,
                    EventInvitation::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

EventInvitation::EventInvitation(Database& db, SaveLocation saveLocation)
    : m_db(db)
    , m_saveLocation(std::move(saveLocation)) {}

Result<EventInvitation::Outcome> EventInvitation::send(const QString& eventId) {
    auto event = EventRepository(m_db).get(eventId);
    if (!event)
        return std::unexpected(event.error());
    auto me = UserRepository(m_db).localUser();
    if (!me)
        return std::unexpected(me.error());
    auto ics = CalendarExport::invitation(m_db, eventId, me->name, me->email);
    if (!ics)
        return std::unexpected(ics.error());
    const QString fileName = tr("invitation") + u".ics"_s;
    const QString program = QuoteSender::mailProgram();
    if (program.isEmpty()) {
        const QString path = m_saveLocation(fileName);
        if (path.isEmpty())
            return Outcome{};
        if (auto written = write(path, *ics); !written)
            return std::unexpected(written.error());
        return Outcome{tr("There is no mail program (xdg-email) here, so the invitation was saved as %1: send it "
                          "to %2.")
                           .arg(QDir::toNativeSeparators(path), addressesOf(*event).join(u", "_s)),
                       MessageBanner::Type::Positive};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/invitations"_s;
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QString path = QDir(folder).filePath(event->id + u".ics"_s);
    if (auto written = write(path, *ics); !written)
        return std::unexpected(written.error());
    QStringList arguments{u"--attach"_s, path, u"--subject"_s, tr("Invitation: %1").arg(event->title)};
    arguments += addressesOf(*event);
    if (!QProcess::startDetached(program, arguments))
        return Outcome{
            tr("The mail program did not start. The invitation is saved as %1.").arg(QDir::toNativeSeparators(path)),
            MessageBanner::Type::Warning};
    return Outcome{tr("Your mail program has the invitation, addressed to %1.").arg(addressesOf(*event).join(u", "_s)),
                   MessageBanner::Type::Positive};
}

} // namespace Fieldbook
