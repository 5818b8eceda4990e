#include "RecordKind.h"

#include "AttachmentContents.h"
#include "CalendarSpan.h"
#include "calendar/RecurrenceSet.h"
#include "store/db/FieldCodec.h"
#include "RecordRows.h"
#include "common/SearchText.h"
#include "common/Validation.h"
#include "domain/Contact.h"

#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// "Jane Smith", family name first for CJK names (as Contact and Lead show them).
QString personName(const RecordRow& r) {
    Contact person;
    person.firstName = r.text(u"first_name");
    person.lastName = r.text(u"last_name");
    return person.displayName();
}

/// Phone numbers as written and as search tokens ("13800138" finds "+86 138 0013 8000").
void addPhones(QStringList& parts, const ContactPoints& phones) {
    for (const auto& p : phones) {
        parts.append(p.value);
        parts.append(SearchText::phoneTokens(p.value));
    }
}

void addPhoneKeys(RecordKeys::Keys& keys, const ContactPoints& phones) {
    for (const auto& p : phones)
        keys.append({u"phone"_s, RecordKeys::phoneKey(p.value)});
}

void addTagKeys(RecordKeys::Keys& keys, const QStringList& tags) {
    for (const auto& t : tags)
        keys.append({u"tag"_s, RecordKeys::tagKey(t)});
}

/// A contact is found by its name, company, job title, city, e-mails, phones, tags and notes, and
/// sorted by its name or its company.
DerivedRecord deriveContact(const RecordRow& r, const QStringList& related) {
    const QString company = related.value(0);
    const ContactPoints emails = FieldCodec::decodeContactPoints(r.text(u"emails"));
    const ContactPoints phones = FieldCodec::decodeContactPoints(r.text(u"phones"));
    const QStringList tags = FieldCodec::decodeTags(r.text(u"tags"));
    DerivedRecord d;
    d.searchName = personName(r);
    d.localColumns = {{u"sort_key"_s, SearchText::sortKey(d.searchName)},
                      {u"account_sort_key"_s, SearchText::sortKey(company)}};
    QStringList parts{company, r.text(u"title"), r.text(u"city")};
    for (const auto& e : emails)
        parts.append(e.value);
    addPhones(parts, phones);
    parts += tags;
    parts.append(r.text(u"notes"));
    d.searchBody = parts.join(QLatin1Char(' '));
    for (const auto& e : emails)
        d.matchKeys.append({u"email"_s, RecordKeys::emailKey(e.value)});
    addPhoneKeys(d.matchKeys, phones);
    addTagKeys(d.matchKeys, tags);
    return d;
}

/// An account is found by its name, industry, website, city, country, phones, tags and notes;
/// its website's domain shares the e-mail key kind (both identify an organisation).
DerivedRecord deriveAccount(const RecordRow& r, const QStringList&) {
    const ContactPoints phones = FieldCodec::decodeContactPoints(r.text(u"phones"));
    const QStringList tags = FieldCodec::decodeTags(r.text(u"tags"));
    const QString website = r.text(u"website");
    DerivedRecord d;
    d.searchName = r.text(u"name");
    d.localColumns = {{u"sort_key"_s, SearchText::sortKey(d.searchName)}};
    QStringList parts{r.text(u"industry"), website, r.text(u"city"), r.text(u"country")};
    addPhones(parts, phones);
    parts += tags;
    parts.append(r.text(u"notes"));
    d.searchBody = parts.join(QLatin1Char(' '));
    addPhoneKeys(d.matchKeys, phones);
    if (const QString host = websiteHost(website); !host.isEmpty())
        d.matchKeys.append({u"email"_s, u"@"_s + host});
    addTagKeys(d.matchKeys, tags);
    return d;
}

DerivedRecord deriveLead(const RecordRow& r, const QStringList&) {
    const QString email = r.text(u"email");
    const QString phone = r.text(u"phone");
    DerivedRecord d;
    d.searchName = personName(r);
    d.localColumns = {{u"sort_key"_s, SearchText::sortKey(d.searchName)}};
    QStringList parts{r.text(u"company"), r.text(u"title"), email, r.text(u"source")};
    if (!phone.isEmpty()) {
        parts.append(phone);
        parts.append(SearchText::phoneTokens(phone));
    }
    parts.append(r.text(u"notes"));
    d.searchBody = parts.join(QLatin1Char(' '));
    if (!email.isEmpty())
        d.matchKeys.append({u"email"_s, RecordKeys::emailKey(email)});
    if (!phone.isEmpty())
        d.matchKeys.append({u"phone"_s, RecordKeys::phoneKey(phone)});
    return d;
}

/// Where an event lies in time (CalendarSpan): a series without a last occurrence reaches the open end.
DerivedRecord deriveEvent(const RecordRow& r, const QStringList&) {
    const CalendarTime start = CalendarTime::fromText(r.text(u"starts")).value_or(CalendarTime());
    const CalendarTime end = CalendarTime::fromText(r.text(u"ends")).value_or(start);
    RecurrenceSet series;
    series.start = start;
    for (const QString& text : FieldCodec::decodeTags(r.text(u"rrules")))
        if (auto rule = RecurrenceRule::parse(text))
            series.rules.append(*rule);
    for (const QString& text : FieldCodec::decodeTags(r.text(u"rdates")))
        if (auto rdate = CalendarTime::fromText(text))
            series.rdates.append(*rdate);
    const CalendarSpan span =
        series.isRecurring() && start.isValid() ? CalendarSpan::ofSeries(series, end) : CalendarSpan::of(start, end);
    DerivedRecord d;
    d.localColumns = {{u"range_start"_s, span.start}, {u"range_end"_s, span.end}};
    return d;
}

/// A task is ordered by its due instant (0: none).
DerivedRecord deriveTask(const RecordRow& r, const QStringList&) {
    const auto due = CalendarTime::fromText(r.text(u"due"));
    DerivedRecord d;
    d.localColumns = {{u"due_at"_s, due ? due->toDateTime(QTimeZone::utc()).toMSecsSinceEpoch() : qint64(0)}};
    return d;
}

/// The names Sync issues gives fields, shared by every type that has the field (a type may name
/// its own in RecordKind::fieldLabels).
const char* sharedFieldLabel(const QString& column) {
    static const QHash<QString, const char*> labels = {
        {u"name"_s, QT_TRANSLATE_NOOP("RecordKind", "Name")},
        {u"first_name"_s, QT_TRANSLATE_NOOP("RecordKind", "First name")},
        {u"last_name"_s, QT_TRANSLATE_NOOP("RecordKind", "Last name")},
        {u"title"_s, QT_TRANSLATE_NOOP("RecordKind", "Job title")},
        {u"account_id"_s, QT_TRANSLATE_NOOP("RecordKind", "Account")},
        {u"contact_id"_s, QT_TRANSLATE_NOOP("RecordKind", "Contact")},
        {u"parent_id"_s, QT_TRANSLATE_NOOP("RecordKind", "Parent account")},
        {u"owner_id"_s, QT_TRANSLATE_NOOP("RecordKind", "Owner")},
        {u"emails"_s, QT_TRANSLATE_NOOP("RecordKind", "E-mail addresses")},
        {u"phones"_s, QT_TRANSLATE_NOOP("RecordKind", "Phone numbers")},
        {u"street"_s, QT_TRANSLATE_NOOP("RecordKind", "Street")},
        {u"city"_s, QT_TRANSLATE_NOOP("RecordKind", "City")},
        {u"region"_s, QT_TRANSLATE_NOOP("RecordKind", "Region")},
        {u"postal_code"_s, QT_TRANSLATE_NOOP("RecordKind", "Postal code")},
        {u"country"_s, QT_TRANSLATE_NOOP("RecordKind", "Country")},
        {u"birthday"_s, QT_TRANSLATE_NOOP("RecordKind", "Birthday")},
        {u"tags"_s, QT_TRANSLATE_NOOP("RecordKind", "Tags")},
        {u"notes"_s, QT_TRANSLATE_NOOP("RecordKind", "Notes")},
        {u"do_not_call"_s, QT_TRANSLATE_NOOP("RecordKind", "Do not call")},
        {u"external_id"_s, QT_TRANSLATE_NOOP("RecordKind", "External ID")},
        {u"industry"_s, QT_TRANSLATE_NOOP("RecordKind", "Industry")},
        {u"website"_s, QT_TRANSLATE_NOOP("RecordKind", "Website")},
        {u"annual_revenue"_s, QT_TRANSLATE_NOOP("RecordKind", "Annual revenue")},
        {u"currency"_s, QT_TRANSLATE_NOOP("RecordKind", "Currency")},
        {u"employees"_s, QT_TRANSLATE_NOOP("RecordKind", "Employees")},
        {u"language"_s, QT_TRANSLATE_NOOP("RecordKind", "Quote language")},
        {u"kind"_s, QT_TRANSLATE_NOOP("RecordKind", "Kind")},
        {u"subject"_s, QT_TRANSLATE_NOOP("RecordKind", "Subject")},
        {u"starts_at"_s, QT_TRANSLATE_NOOP("RecordKind", "Date and time")},
        {u"duration_minutes"_s, QT_TRANSLATE_NOOP("RecordKind", "Duration (minutes)")},
        {u"outcome"_s, QT_TRANSLATE_NOOP("RecordKind", "Outcome")},
        {u"done"_s, QT_TRANSLATE_NOOP("RecordKind", "Done")},
        {u"file_name"_s, QT_TRANSLATE_NOOP("RecordKind", "File name")},
        {u"company"_s, QT_TRANSLATE_NOOP("RecordKind", "Company")},
        {u"email"_s, QT_TRANSLATE_NOOP("RecordKind", "E-mail")},
        {u"phone"_s, QT_TRANSLATE_NOOP("RecordKind", "Phone")},
        {u"source"_s, QT_TRANSLATE_NOOP("RecordKind", "Lead source")},
        {u"status"_s, QT_TRANSLATE_NOOP("RecordKind", "Status")},
        {u"rating"_s, QT_TRANSLATE_NOOP("RecordKind", "Rating")},
        {u"disqualify_reason"_s, QT_TRANSLATE_NOOP("RecordKind", "Disqualification reason")},
    };
    return labels.value(column);
}

RecordKind kind(const RecordType& type, const QString& icon, const char* nounInText) {
    RecordKind k;
    k.type = &type;
    if (!icon.isEmpty())
        k.icon = icon;
    k.nounInText = nounInText;
    return k;
}

/// A type whose records are counted in stats under their table's name.
RecordKind counted(RecordKind k) {
    k.statsKey = k.type->table;
    return k;
}

/// A type found by full-text search and duplicate checks.
RecordKind searched(RecordKind k, decltype(RecordKind::derive) derive) {
    k.derive = std::move(derive);
    k.searchIndexed = true;
    k.matchKeys = true;
    return k;
}

RecordKind users() {
    RecordKind k = counted(kind(RecordType::users(), {}, QT_TRANSLATE_NOOP("RecordKind", "user")));
    k.localUsers = true;
    return k;
}

RecordKind accounts() {
    RecordKind k =
        searched(counted(kind(RecordType::accounts(), u"system-users"_s, QT_TRANSLATE_NOOP("RecordKind", "account"))),
                 deriveAccount);
    k.moneyFields = {{u"annual_revenue"_s, u"currency"_s}};
    return k;
}

RecordKind contacts() {
    RecordKind k =
        searched(counted(kind(RecordType::contacts(), u"avatar-default"_s, QT_TRANSLATE_NOOP("RecordKind", "contact"))),
                 deriveContact);
    k.derivedFrom = {{u"account_id"_s, u"name"_s}}; // found and sorted by its company
    return k;
}

RecordKind leads() {
    return searched(counted(kind(RecordType::leads(), u"contact-new"_s, QT_TRANSLATE_NOOP("RecordKind", "lead"))),
                    deriveLead);
}

RecordKind attachments() {
    RecordKind k = counted(kind(RecordType::attachments(), {}, QT_TRANSLATE_NOOP("RecordKind", "attachment")));
    k.localTables = {u"attachment_blobs"_s, u"attachment_uploads"_s, u"attachment_downloads"_s,
                     u"attachment_download_parts"_s};
    // Its bytes follow the row: fetched in the background or when it is opened.
    k.afterPull = [](Database& db, const RecordWriter::Applied& applied) -> Result<void> {
        const QString sha256 = applied.values.value(RecordType::attachments().indexOf(u"sha256"_s)).toString();
        return applied.deleted ? Result<void>() : AttachmentContents(db).expect(sha256);
    };
    return k;
}

/// The calendar's fields of `type` as Sync issues names them ("title" is an event's, not a job title).
QList<std::pair<QString, const char*>> calendarFieldLabels(const RecordType& type) {
    static const QList<std::pair<QString, const char*>> labels = {
        {u"title"_s, QT_TRANSLATE_NOOP("RecordKind", "Title")},
        {u"location"_s, QT_TRANSLATE_NOOP("RecordKind", "Location")},
        {u"description"_s, QT_TRANSLATE_NOOP("RecordKind", "Description")},
        {u"starts"_s, QT_TRANSLATE_NOOP("RecordKind", "Start")},
        {u"ends"_s, QT_TRANSLATE_NOOP("RecordKind", "End")},
        {u"rrules"_s, QT_TRANSLATE_NOOP("RecordKind", "Repeats")},
        {u"rdates"_s, QT_TRANSLATE_NOOP("RecordKind", "Extra dates")},
        {u"exdates"_s, QT_TRANSLATE_NOOP("RecordKind", "Skipped dates")},
        {u"series_id"_s, QT_TRANSLATE_NOOP("RecordKind", "Series")},
        {u"occurrence"_s, QT_TRANSLATE_NOOP("RecordKind", "Occurrence")},
        {u"this_and_future"_s, QT_TRANSLATE_NOOP("RecordKind", "This and following")},
        {u"private"_s, QT_TRANSLATE_NOOP("RecordKind", "Private")},
        {u"busy"_s, QT_TRANSLATE_NOOP("RecordKind", "Show as busy")},
        {u"lead_id"_s, QT_TRANSLATE_NOOP("RecordKind", "Lead")},
        {u"opportunity_id"_s, QT_TRANSLATE_NOOP("RecordKind", "Opportunity")},
        {u"attendees"_s, QT_TRANSLATE_NOOP("RecordKind", "Attendees")},
        {u"reminders"_s, QT_TRANSLATE_NOOP("RecordKind", "Reminders")},
        {u"ical_uid"_s, QT_TRANSLATE_NOOP("RecordKind", "Calendar UID")},
        {u"sequence"_s, QT_TRANSLATE_NOOP("RecordKind", "Revision")},
        {u"activity_id"_s, QT_TRANSLATE_NOOP("RecordKind", "Logged as")},
        {u"due"_s, QT_TRANSLATE_NOOP("RecordKind", "Due")},
        {u"priority"_s, QT_TRANSLATE_NOOP("RecordKind", "Priority")},
        {u"done_at"_s, QT_TRANSLATE_NOOP("RecordKind", "Done at")},
    };
    QList<std::pair<QString, const char*>> own;
    for (const auto& label : labels)
        if (type.field(label.first))
            own.append(label);
    return own;
}

RecordKind events() {
    RecordKind k =
        counted(kind(RecordType::events(), u"x-office-calendar"_s, QT_TRANSLATE_NOOP("RecordKind", "event")));
    k.derive = deriveEvent;
    k.fieldLabels = calendarFieldLabels(RecordType::events());
    return k;
}

RecordKind tasks() {
    RecordKind k = counted(kind(RecordType::tasks(), u"task-due"_s, QT_TRANSLATE_NOOP("RecordKind", "task")));
    k.derive = deriveTask;
    k.fieldLabels = calendarFieldLabels(RecordType::tasks());
    return k;
}

RecordKind reminderStates() {
    RecordKind k = kind(RecordType::reminderStates(), {}, QT_TRANSLATE_NOOP("RecordKind", "reminder"));
    k.localTables = {u"reminders_announced"_s};
    k.fieldLabels = {{u"occurrence"_s, QT_TRANSLATE_NOOP("RecordKind", "Occurrence")},
                     {u"minutes_before"_s, QT_TRANSLATE_NOOP("RecordKind", "Minutes before")},
                     {u"snoozed_until"_s, QT_TRANSLATE_NOOP("RecordKind", "Snoozed until")},
                     {u"dismissed"_s, QT_TRANSLATE_NOOP("RecordKind", "Dismissed")}};
    return k;
}

const QList<const RecordKind*>& declarations() {
    static const RecordKind kinds[] = {
        accounts(),
        contacts(),
        counted(kind(RecordType::activities(), {}, QT_TRANSLATE_NOOP("RecordKind", "activity"))),
        attachments(),
        leads(),
        counted(
            kind(RecordType::opportunities(), u"view-statistics"_s, QT_TRANSLATE_NOOP("RecordKind", "opportunity"))),
        counted(kind(RecordType::products(), {}, QT_TRANSLATE_NOOP("RecordKind", "product"))),
        counted(kind(RecordType::quotes(), u"x-office-document"_s, QT_TRANSLATE_NOOP("RecordKind", "quote"))),
        users(),
        kind(RecordType::opportunityHistory(), {}, QT_TRANSLATE_NOOP("RecordKind", "opportunity history entry")),
        kind(RecordType::opportunityLines(), {}, QT_TRANSLATE_NOOP("RecordKind", "product line")),
        kind(RecordType::priceLists(), {}, QT_TRANSLATE_NOOP("RecordKind", "price list")),
        kind(RecordType::priceListEntries(), {}, QT_TRANSLATE_NOOP("RecordKind", "price")),
        kind(RecordType::quoteLines(), {}, QT_TRANSLATE_NOOP("RecordKind", "quote line")),
        kind(RecordType::pipelines(), {}, QT_TRANSLATE_NOOP("RecordKind", "pipeline")),
        events(),
        tasks(),
        reminderStates(),
        kind(RecordType::quotas(), {}, QT_TRANSLATE_NOOP("RecordKind", "quota")),
        kind(RecordType::forecastAdjustments(), {}, QT_TRANSLATE_NOOP("RecordKind", "forecast adjustment")),
        kind(RecordType::forecastSnapshots(), {}, QT_TRANSLATE_NOOP("RecordKind", "forecast snapshot")),
        kind(RecordType::commissionPlans(), {}, QT_TRANSLATE_NOOP("RecordKind", "commission plan")),
        kind(RecordType::callLists(), u"call-start"_s, QT_TRANSLATE_NOOP("RecordKind", "call list")),
        kind(RecordType::callListEntries(), {}, QT_TRANSLATE_NOOP("RecordKind", "call list entry")),
    };
    static const QList<const RecordKind*> all = [] {
        QList<const RecordKind*> list;
        for (const RecordKind& k : kinds)
            list.append(&k);
        return list;
    }();
    return all;
}

} // namespace

DerivedRecord RecordKind::derived(const QVariantList& values, const QStringList& related) const {
    StoredRecord stored;
    stored.values = values;
    return derive ? derive(RecordRow(*type, {}, stored), related) : DerivedRecord{};
}

const char* RecordKind::fieldLabel(const QString& column) const {
    for (const auto& [field, label] : fieldLabels)
        if (field == column)
            return label;
    return sharedFieldLabel(column);
}

QString RecordKind::referencedTable(const QString& column) const {
    if (column == u"owner_id"_s)
        return RecordType::users().table; // owners are checked by the scope rule, not declared as references
    const FieldSpec* spec = type->field(column);
    return spec ? spec->references : QString();
}

QString RecordKind::currencyOf(const QString& column) const {
    for (const auto& [money, currency] : moneyFields)
        if (money == column)
            return currency;
    return {};
}

const RecordKind& RecordKind::of(const RecordType& type) {
    for (const RecordKind* kind : declarations())
        if (kind->type == &type)
            return *kind;
    const RecordKind* kind = find(type.table);
    Q_ASSERT_X(kind, "RecordKind::of", "every RecordType has a RecordKind");
    return *kind;
}

const RecordKind* RecordKind::find(const QString& table) {
    for (const RecordKind* kind : declarations())
        if (kind->type->table == table)
            return kind;
    return nullptr;
}

const QList<const RecordKind*>& RecordKind::all() {
    return declarations();
}

QStringList RecordKind::derivedTables() {
    QStringList tables;
    for (const RecordKind* kind : declarations()) {
        if (kind->matchKeys && !tables.contains(u"record_keys"_s))
            tables.append(u"record_keys"_s);
        if (kind->searchIndexed)
            tables.append(kind->type->table + u"_fts"_s);
        tables += kind->localTables;
    }
    return tables;
}

} // namespace Fieldbook
