#include "CalendarAgenda.h"

#include "CalendarExport.h"
#include "CalendarQuery.h"
#include "common/JsonWriter.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/LeadRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"
#include "workflows/CalendarImportSeries.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The names of linked records, each read once.
class LinkNames final {
public:
    explicit LinkNames(Database& db)
        : m_db(db) {}

    std::optional<AgendaLink> account(const QString& id) {
        return named(id, [this](const QString& key) {
            auto found = AccountRepository(m_db).get(key);
            return found ? found->name : QString();
        });
    }
    std::optional<AgendaLink> contact(const QString& id) {
        return named(id, [this](const QString& key) {
            auto found = ContactRepository(m_db).get(key);
            return found ? found->displayName() : QString();
        });
    }
    std::optional<AgendaLink> lead(const QString& id) {
        return named(id, [this](const QString& key) {
            auto found = LeadRepository(m_db).get(key);
            if (!found)
                return QString();
            const QString name = found->displayName();
            return name.isEmpty() ? found->company : name;
        });
    }
    std::optional<AgendaLink> opportunity(const QString& id) {
        return named(id, [this](const QString& key) {
            auto found = OpportunityRepository(m_db).get(key);
            return found ? found->name : QString();
        });
    }

private:
    template<class Load>
    std::optional<AgendaLink> named(const QString& id, const Load& load) {
        if (id.isEmpty())
            return std::nullopt;
        auto known = m_names.constFind(id);
        if (known == m_names.constEnd())
            known = m_names.insert(id, load(id));
        return AgendaLink{id, *known};
    }

    Database& m_db;
    QHash<QString, QString> m_names;
};

/// Whether `user` owns or attends `event` (an attendee by link or by the user's address).
bool involves(const CalendarEvent& event, const QString& userId, const QString& email) {
    if (event.ownerId == userId)
        return true;
    for (const EventAttendee& attendee : event.attendees)
        if (attendee.userId == userId || (!email.isEmpty() && attendee.email.compare(email, Qt::CaseInsensitive) == 0))
            return true;
    return false;
}

QByteArray zoneOf(const CalendarTime& start) {
    switch (start.kind) {
    case CalendarTime::Kind::Zoned:
        return start.zone;
    case CalendarTime::Kind::Utc:
        return "UTC";
    default:
        return {};
    }
}

QString utcText(const QDateTime& instant) {
    return instant.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

void writeLink(JsonWriter& json, QStringView key, const std::optional<AgendaLink>& link) {
    json.key(key);
    if (!link) {
        json.null();
        return;
    }
    json.beginObject();
    json.key(u"id");
    json.value(link->id);
    json.key(u"name");
    json.value(link->name);
    json.endObject();
}

void writeEntry(JsonWriter& json, const AgendaEntry& entry, const QTimeZone& viewer) {
    json.beginObject();
    json.key(u"uid");
    json.value(entry.uid);
    json.key(u"recurrence_id");
    if (entry.recurrenceId)
        json.value(CalendarImportSeries::icalText(*entry.recurrenceId, viewer));
    else
        json.null();
    for (const auto& [key, text] :
         {std::pair{u"summary", entry.summary}, std::pair{u"location", entry.location},
          std::pair{u"kind", eventKindKey(entry.kind)}, std::pair{u"status", eventStatusKey(entry.status)}}) {
        json.key(key);
        json.value(text);
    }
    json.key(u"all_day");
    json.value(entry.allDay);
    json.key(u"start");
    json.value(entry.allDay ? entry.firstDay.toString(Qt::ISODate) : utcText(entry.start));
    json.key(u"end");
    json.value(entry.allDay ? entry.endDay.toString(Qt::ISODate) : utcText(entry.end));
    json.key(u"zone");
    if (entry.zone.isEmpty())
        json.null();
    else
        json.value(QString::fromLatin1(entry.zone));
    writeLink(json, u"account", entry.account);
    writeLink(json, u"contact", entry.contact);
    writeLink(json, u"lead", entry.lead);
    writeLink(json, u"opportunity", entry.opportunity);
    json.endObject();
}

} // namespace

CalendarAgenda::CalendarAgenda(Database& db, QTimeZone viewer)
    : m_db(db)
    , m_viewer(std::move(viewer)) {}

Result<QString> CalendarAgenda::userId(const QString& nameOrEmail) const {
    auto users = UserRepository(m_db).all();
    if (!users)
        return std::unexpected(users.error());
    const QString wanted = nameOrEmail.trimmed();
    QStringList byName;
    for (const User& user : std::as_const(*users)) {
        if (!user.email.isEmpty() && user.email.compare(wanted, Qt::CaseInsensitive) == 0)
            return user.id;
        if (user.name.compare(wanted, Qt::CaseInsensitive) == 0)
            byName.append(user.id);
    }
    if (byName.size() > 1)
        return fail(ErrorCode::InvalidInput,
                    tr("%n users are called \"%1\"; give the e-mail address instead.", nullptr, int(byName.size()))
                        .arg(wanted));
    if (byName.isEmpty())
        return fail(ErrorCode::NotFound, tr("No user is called \"%1\" or has that e-mail address.").arg(wanted));
    return byName.first();
}

Result<QList<AgendaEntry>> CalendarAgenda::entries(QDate from, QDate to, const QString& userId) const {
    const QDateTime start(from, QTime(0, 0), m_viewer);
    const QDateTime end(to.addDays(1), QTime(0, 0), m_viewer);
    auto events = EventRepository(m_db).inRange(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch());
    if (!events)
        return std::unexpected(events.error());
    QString email;
    if (!userId.isEmpty()) {
        auto user = UserRepository(m_db).get(userId);
        if (!user)
            return std::unexpected(user.error());
        email = user->email;
    }
    QHash<QString, QString> seriesUids;
    for (const CalendarEvent& e : std::as_const(*events))
        if (!e.isOverride())
            seriesUids.insert(e.id, CalendarExport::uidOf(e.uid, e.id));
    LinkNames names(m_db);
    QList<AgendaEntry> entries;
    for (const Occurrence& o : CalendarQuery::expand(std::move(*events), start, end, m_viewer)) {
        const CalendarEvent& e = *o.event;
        if (!userId.isEmpty() && !involves(e, userId, email))
            continue;
        AgendaEntry entry;
        entry.uid = o.seriesId.isEmpty() ? CalendarExport::uidOf(e.uid, e.id) : seriesUids.value(o.seriesId);
        entry.recurrenceId = o.recurrenceId;
        entry.summary = e.title;
        entry.location = e.location;
        entry.kind = e.kind;
        entry.status = e.status;
        entry.allDay = o.allDay;
        entry.start = o.start;
        entry.end = o.end;
        if (o.allDay) {
            entry.firstDay = o.start.toTimeZone(m_viewer).date();
            entry.endDay = std::max(o.end.toTimeZone(m_viewer).date(), entry.firstDay.addDays(1));
        }
        entry.zone = zoneOf(e.start);
        entry.account = names.account(e.accountId);
        entry.contact = names.contact(e.contactId);
        entry.lead = names.lead(e.leadId);
        entry.opportunity = names.opportunity(e.opportunityId);
        entries.append(std::move(entry));
    }
    return entries;
}

QByteArray CalendarAgenda::toJson(const QList<AgendaEntry>& entries, const QTimeZone& viewer) {
    JsonWriter json;
    json.beginArray();
    for (const AgendaEntry& entry : entries)
        writeEntry(json, entry, viewer);
    json.endArray();
    return json.take().toUtf8();
}

QString CalendarAgenda::toText(const QList<AgendaEntry>& entries, const QTimeZone& viewer, const QLocale& locale) {
    QString text;
    for (const AgendaEntry& entry : entries) {
        QString when;
        if (entry.allDay) {
            const QDate last = entry.endDay.addDays(-1);
            when = entry.firstDay.toString(Qt::ISODate) + u' ' + locale.toString(entry.firstDay, u"ddd"_s) + u' ' +
                   (last == entry.firstDay ? tr("all day") : tr("all day until %1").arg(last.toString(Qt::ISODate)));
        } else {
            const QDateTime start = entry.start.toTimeZone(viewer);
            const QDateTime end = entry.end.toTimeZone(viewer);
            when = start.toString(u"yyyy-MM-dd "_s) + locale.toString(start.date(), u"ddd"_s) +
                   start.toString(u" HH:mm"_s) + u'-' +
                   end.toString(end.date() == start.date() ? u"HH:mm"_s : u"yyyy-MM-dd HH:mm"_s);
        }
        QStringList parts{entry.summary.isEmpty() ? tr("(no title)") : entry.summary};
        if (entry.status == EventStatus::Cancelled)
            parts.first() = tr("%1 (cancelled)").arg(parts.first());
        else if (entry.status == EventStatus::Tentative)
            parts.first() = tr("%1 (tentative)").arg(parts.first());
        if (!entry.location.isEmpty())
            parts.append(entry.location);
        for (const auto* link : {&entry.account, &entry.contact, &entry.lead, &entry.opportunity})
            if (*link && !(*link)->name.isEmpty())
                parts.append((*link)->name);
        text += when + u"  "_s + parts.join(u" · "_s) + u'\n';
    }
    return text;
}

} // namespace Fieldbook
