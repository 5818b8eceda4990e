#include "CalendarRows.h"

#include "store/db/FieldCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fieldbook::CalendarRows {

namespace {

QJsonArray arrayOf(const QString& json) {
    if (json.isEmpty() || json == u"[]"_s)
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QString compact(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString timeText(const std::optional<CalendarTime>& time) {
    return time ? time->toText() : QString();
}

} // namespace

QString encodeTimes(const QList<CalendarTime>& times) {
    QStringList texts;
    for (const CalendarTime& time : times)
        texts.append(time.toText());
    return FieldCodec::encode(texts);
}

QList<CalendarTime> decodeTimes(const QString& json) {
    QList<CalendarTime> times;
    for (const QString& text : FieldCodec::decodeTags(json))
        if (auto time = CalendarTime::fromText(text))
            times.append(*time);
    return times;
}

QString encodeMinutes(const QList<int>& minutes) {
    QJsonArray array;
    for (const int m : minutes)
        array.append(m);
    return compact(array);
}

QList<int> decodeMinutes(const QString& json) {
    QList<int> minutes;
    for (const QJsonValue& v : arrayOf(json))
        if (v.isDouble())
            minutes.append(v.toInt());
    return minutes;
}

QString encodeAttendees(const QList<EventAttendee>& attendees) {
    QJsonArray array;
    for (const EventAttendee& a : attendees) {
        QJsonObject o;
        const std::pair<const char*, QString> fields[] = {{"user_id", a.userId},
                                                          {"contact_id", a.contactId},
                                                          {"name", a.name},
                                                          {"email", a.email},
                                                          {"response", a.response}};
        for (const auto& [key, value] : fields)
            if (!value.isEmpty())
                o.insert(QLatin1StringView(key), value);
        array.append(o);
    }
    return compact(array);
}

QList<EventAttendee> decodeAttendees(const QString& json) {
    QList<EventAttendee> attendees;
    for (const QJsonValue& v : arrayOf(json)) {
        const QJsonObject o = v.toObject();
        attendees.append({o.value(u"user_id").toString(), o.value(u"contact_id").toString(),
                          o.value(u"name").toString(), o.value(u"email").toString(), o.value(u"response").toString()});
    }
    return attendees;
}

CalendarEvent toEvent(const RecordRow& r) {
    CalendarEvent e;
    e.id = r.id();
    if (!parseEventKind(r.text(u"kind"), &e.kind))
        e.kind = EventKind::Other;
    e.title = r.text(u"title");
    e.location = r.text(u"location");
    e.description = r.text(u"description");
    e.start = CalendarTime::fromText(r.text(u"starts")).value_or(CalendarTime());
    e.end = CalendarTime::fromText(r.text(u"ends")).value_or(e.start);
    e.rrules = FieldCodec::decodeTags(r.text(u"rrules"));
    e.rdates = decodeTimes(r.text(u"rdates"));
    e.exdates = decodeTimes(r.text(u"exdates"));
    e.seriesId = r.text(u"series_id");
    e.recurrenceId = CalendarTime::fromText(r.text(u"occurrence"));
    e.thisAndFuture = r.flag(u"this_and_future");
    if (!parseEventStatus(r.text(u"status"), &e.status))
        e.status = EventStatus::Confirmed;
    e.isPrivate = r.flag(u"private");
    e.busy = r.flag(u"busy");
    e.accountId = r.text(u"account_id");
    e.contactId = r.text(u"contact_id");
    e.leadId = r.text(u"lead_id");
    e.opportunityId = r.text(u"opportunity_id");
    e.attendees = decodeAttendees(r.text(u"attendees"));
    e.reminders = decodeMinutes(r.text(u"reminders"));
    e.uid = r.text(u"ical_uid");
    e.sequence = int(r.integer(u"sequence"));
    e.activityId = r.text(u"activity_id");
    e.ownerId = r.text(u"owner_id");
    e.createdAt = r.createdAt();
    e.updatedAt = r.updatedAt();
    e.rowVersion = r.rowVersion();
    e.deleted = r.deleted();
    return e;
}

RecordValues valuesOf(const CalendarEvent& e) {
    RecordValues v(RecordType::events());
    v.set(u"kind", eventKindKey(e.kind))
        .set(u"title", e.title)
        .set(u"location", e.location)
        .set(u"description", e.description)
        .set(u"starts", e.start.toText())
        .set(u"ends", e.end.toText())
        .set(u"rrules", FieldCodec::encode(e.rrules))
        .set(u"rdates", encodeTimes(e.rdates))
        .set(u"exdates", encodeTimes(e.exdates))
        .reference(u"series_id", e.seriesId)
        .set(u"occurrence", timeText(e.recurrenceId))
        .set(u"this_and_future", e.thisAndFuture)
        .set(u"status", eventStatusKey(e.status))
        .set(u"private", e.isPrivate)
        .set(u"busy", e.busy)
        .reference(u"account_id", e.accountId)
        .reference(u"contact_id", e.contactId)
        .reference(u"lead_id", e.leadId)
        .reference(u"opportunity_id", e.opportunityId)
        .set(u"attendees", encodeAttendees(e.attendees))
        .set(u"reminders", encodeMinutes(e.reminders))
        .set(u"ical_uid", e.uid)
        .set(u"sequence", e.sequence)
        .reference(u"activity_id", e.activityId)
        .reference(u"owner_id", e.ownerId);
    return v;
}

CalendarTask toTask(const RecordRow& r) {
    CalendarTask t;
    t.id = r.id();
    t.title = r.text(u"title");
    t.description = r.text(u"description");
    t.due = CalendarTime::fromText(r.text(u"due"));
    t.priority = taskPriorityFromIcal(int(r.integer(u"priority")));
    if (!parseTaskStatus(r.text(u"status"), &t.status))
        t.status = TaskStatus::Open;
    t.doneAt = r.integer(u"done_at");
    t.accountId = r.text(u"account_id");
    t.contactId = r.text(u"contact_id");
    t.leadId = r.text(u"lead_id");
    t.opportunityId = r.text(u"opportunity_id");
    t.reminders = decodeMinutes(r.text(u"reminders"));
    t.uid = r.text(u"ical_uid");
    t.ownerId = r.text(u"owner_id");
    t.createdAt = r.createdAt();
    t.updatedAt = r.updatedAt();
    t.rowVersion = r.rowVersion();
    t.deleted = r.deleted();
    return t;
}

RecordValues valuesOf(const CalendarTask& t) {
    RecordValues v(RecordType::tasks());
    v.set(u"title", t.title)
        .set(u"description", t.description)
        .set(u"due", timeText(t.due))
        .set(u"priority", int(t.priority))
        .set(u"status", taskStatusKey(t.status))
        .set(u"done_at", t.doneAt)
        .reference(u"account_id", t.accountId)
        .reference(u"contact_id", t.contactId)
        .reference(u"lead_id", t.leadId)
        .reference(u"opportunity_id", t.opportunityId)
        .set(u"reminders", encodeMinutes(t.reminders))
        .set(u"ical_uid", t.uid)
        .reference(u"owner_id", t.ownerId);
    return v;
}

} // namespace Fieldbook::CalendarRows
