#include "RecordType.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr auto Text = FieldKind::Text;
constexpr auto Int = FieldKind::Integer;
constexpr auto Bool = FieldKind::Boolean;
constexpr auto Json = FieldKind::Json;
constexpr auto Desc = MergeClass::Descriptive;
constexpr auto Guard = MergeClass::Guarded;
constexpr auto Long = MergeClass::LongText;

/// A reference field: the id of a record of `table`.
FieldSpec ref(const QString& column, const QString& table, MergeClass merge = Guard) {
    return FieldSpec{column, Text, merge}.refersTo(table);
}
} // namespace

bool FieldSpec::nullable() const {
    return kind == FieldKind::Text && !required && column.endsWith(u"_id"_s);
}

const FieldSpec* RecordType::field(const QString& column) const {
    const qsizetype index = indexOf(column);
    return index < 0 ? nullptr : &fields.at(index);
}

QString RecordType::labelReferences() const {
    const FieldSpec* reference = label.reference.isEmpty() ? nullptr : field(label.reference);
    return reference ? reference->references : QString();
}

QJsonObject RecordType::busyView(const QJsonObject& fields) const {
    QJsonObject busy;
    for (const FieldSpec& field : this->fields) {
        if (sharing.busyFields.contains(field.column)) {
            busy.insert(field.column, fields.value(field.column));
            continue;
        }
        switch (field.kind) {
        case FieldKind::Text:
            busy.insert(field.column, field.nullable() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString()));
            break;
        case FieldKind::Integer:
            busy.insert(field.column, 0);
            break;
        case FieldKind::Boolean:
            busy.insert(field.column, false);
            break;
        case FieldKind::Json:
            busy.insert(field.column, u"[]"_s);
            break;
        }
    }
    if (!sharing.privateField.isEmpty())
        busy.insert(sharing.privateField, true);
    return busy;
}

qsizetype RecordType::indexOf(QStringView column) const {
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (fields.at(i).column == column)
            return i;
    return -1;
}

qsizetype RecordType::indexOf(const QString& column) const {
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (fields.at(i).column == column)
            return i;
    return -1;
}

const RecordType& RecordType::users() {
    static const RecordType type{u"users"_s,
                                 {{u"name"_s, Text, Desc},
                                  {u"email"_s, Text, Desc},
                                  FieldSpec{u"role"_s, Text, Guard}.oneOf({u"rep"_s, u"manager"_s, u"admin"_s}),
                                  {u"manager_id"_s, Text, Guard},
                                  {u"team"_s, Text, Desc},
                                  {u"active"_s, Bool, Guard},
                                  {u"owner_id"_s, Text, Guard}},
                                 RecordScope::Owner,
                                 RecordLabel::of({u"name"_s}),
                                 QT_TRANSLATE_NOOP("RecordType", "User")};
    return type;
}

const RecordType& RecordType::accounts() {
    static const RecordType type{u"accounts"_s,
                                 {{u"name"_s, Text, Desc},
                                  {u"industry"_s, Text, Desc},
                                  {u"website"_s, Text, Desc},
                                  {u"phones"_s, Json, Desc},
                                  {u"street"_s, Text, Desc},
                                  {u"city"_s, Text, Desc},
                                  {u"region"_s, Text, Desc},
                                  {u"postal_code"_s, Text, Desc},
                                  {u"country"_s, Text, Desc},
                                  {u"annual_revenue"_s, Int, Guard},
                                  {u"currency"_s, Text, Guard},
                                  {u"employees"_s, Int, Desc},
                                  ref(u"parent_id"_s, u"accounts"_s),
                                  {u"owner_id"_s, Text, Guard},
                                  {u"tags"_s, Json, Desc},
                                  {u"notes"_s, Text, Long},
                                  {u"external_id"_s, Text, Guard},
                                  {u"language"_s, Text, Desc}},
                                 RecordScope::Owner,
                                 RecordLabel::of({u"name"_s}),
                                 QT_TRANSLATE_NOOP("RecordType", "Account")};
    return type;
}

const RecordType& RecordType::contacts() {
    static const RecordType type{u"contacts"_s,
                                 {{u"first_name"_s, Text, Desc},
                                  {u"last_name"_s, Text, Desc},
                                  {u"title"_s, Text, Desc},
                                  ref(u"account_id"_s, u"accounts"_s),
                                  {u"emails"_s, Json, Desc},
                                  {u"phones"_s, Json, Desc},
                                  {u"street"_s, Text, Desc},
                                  {u"city"_s, Text, Desc},
                                  {u"region"_s, Text, Desc},
                                  {u"postal_code"_s, Text, Desc},
                                  {u"country"_s, Text, Desc},
                                  {u"birthday"_s, Text, Desc},
                                  {u"owner_id"_s, Text, Guard},
                                  {u"tags"_s, Json, Desc},
                                  {u"notes"_s, Text, Long},
                                  {u"do_not_call"_s, Bool, Guard},
                                  {u"external_id"_s, Text, Guard}},
                                 RecordScope::Owner,
                                 RecordLabel::person(u"first_name"_s, u"last_name"_s),
                                 QT_TRANSLATE_NOOP("RecordType", "Contact")};
    return type;
}

const RecordType& RecordType::activities() {
    static const RecordType type{u"activities"_s,
                                 {FieldSpec{u"kind"_s, Text, Desc}.oneOf(
                                      {u"call"_s, u"meeting"_s, u"visit"_s, u"email"_s, u"note"_s, u"task"_s}),
                                  {u"subject"_s, Text, Desc},
                                  {u"starts_at"_s, Int, Guard},
                                  {u"duration_minutes"_s, Int, Desc},
                                  {u"outcome"_s, Text, Desc},
                                  {u"notes"_s, Text, Long},
                                  ref(u"contact_id"_s, u"contacts"_s),
                                  ref(u"account_id"_s, u"accounts"_s),
                                  {u"done"_s, Bool, Desc},
                                  {u"owner_id"_s, Text, Guard},
                                  ref(u"lead_id"_s, u"leads"_s),
                                  ref(u"opportunity_id"_s, u"opportunities"_s),
                                  ref(u"call_list_id"_s, u"call_lists"_s),
                                  {u"talk_seconds"_s, Int, Guard}},
                                 RecordScope::Owner,
                                 RecordLabel::of({u"subject"_s}),
                                 QT_TRANSLATE_NOOP("RecordType", "Activity")};
    return type;
}

const RecordType& RecordType::attachments() {
    static const RecordType type{
        u"attachments"_s,
        {FieldSpec{u"record_table"_s, Text, Guard}.mandatory().oneOf({u"accounts"_s, u"contacts"_s, u"activities"_s}),
         FieldSpec{u"record_id"_s, Text, Guard}.mandatory().refersToTableIn(u"record_table"_s),
         {u"file_name"_s, Text, Desc},
         {u"mime_type"_s, Text, Desc},
         {u"size"_s, Int, Guard},
         FieldSpec{u"sha256"_s, Text, Guard}.mandatory(),
         {u"owner_id"_s, Text, Guard}},
        RecordScope::Owner,
        RecordLabel::of({u"file_name"_s}),
        QT_TRANSLATE_NOOP("RecordType", "Attachment")};
    return type;
}

const RecordType& RecordType::opportunities() {
    static const RecordType type{u"opportunities"_s,
                                 {{u"name"_s, Text, Desc},
                                  ref(u"account_id"_s, u"accounts"_s),
                                  ref(u"contact_id"_s, u"contacts"_s, Desc),
                                  {u"amount"_s, Int, Guard},
                                  {u"currency"_s, Text, Guard},
                                  {u"close_date"_s, Text, Guard},
                                  {u"pipeline"_s, Text, Guard},
                                  {u"stage"_s, Text, Guard},
                                  {u"probability"_s, Int, Guard},
                                  {u"forecast_category"_s, Text, Guard},
                                  {u"next_step"_s, Text, Desc},
                                  {u"competitors"_s, Json, Desc},
                                  {u"close_reason"_s, Text, Desc},
                                  {u"notes"_s, Text, Long},
                                  {u"owner_id"_s, Text, Guard},
                                  {u"external_id"_s, Text, Guard}},
                                 RecordScope::Owner,
                                 RecordLabel::of({u"name"_s}),
                                 QT_TRANSLATE_NOOP("RecordType", "Opportunity")};
    return type;
}

// Like quote lines, an opportunity's product lines are records of their own and guarded.
const RecordType& RecordType::opportunityLines() {
    static const RecordType type{u"opportunity_lines"_s,
                                 {ref(u"opportunity_id"_s, u"opportunities"_s).mandatory(),
                                  {u"position"_s, Int, Guard},
                                  ref(u"product_id"_s, u"products"_s),
                                  {u"description"_s, Text, Guard},
                                  {u"quantity"_s, Int, Guard},
                                  {u"unit_price"_s, Int, Guard},
                                  {u"discount_kind"_s, Text, Guard},
                                  {u"discount"_s, Int, Guard},
                                  {u"owner_id"_s, Text, Guard}},
                                 RecordScope::Owner,
                                 RecordLabel::byReference({u"description"_s}, u"opportunity_id"_s),
                                 QT_TRANSLATE_NOOP("RecordType", "Product line")};
    return type;
}

const RecordType& RecordType::pipelines() {
    static const RecordType type{u"pipelines"_s,
                                 {{u"pipeline_key"_s, Text, Guard},
                                  {u"name"_s, Text, Desc},
                                  {u"stages"_s, Json, Guard},
                                  {u"position"_s, Int, Desc},
                                  {u"active"_s, Bool, Guard},
                                  {u"owner_id"_s, Text, Guard}},
                                 RecordScope::Organisation,
                                 RecordLabel::of({u"name"_s}),
                                 QT_TRANSLATE_NOOP("RecordType", "Pipeline")};
    return type;
}

const RecordType& RecordType::opportunityHistory() {
    static const RecordType type{u"opportunity_history"_s,
                                 {ref(u"opportunity_id"_s, u"opportunities"_s).mandatory(),
                                  FieldSpec{u"field"_s, Text, Guard}.oneOf({u"stage"_s, u"amount"_s, u"close_date"_s}),
                                  {u"old_value"_s, Text, Guard},
                                  {u"new_value"_s, Text, Guard},
                                  {u"changed_at"_s, Int, Guard},
                                  {u"owner_id"_s, Text, Guard}},
                                 RecordScope::Owner,
                                 RecordLabel::byReference({}, u"opportunity_id"_s),
                                 QT_TRANSLATE_NOOP("RecordType", "Opportunity history entry")};
    return type;
}

const RecordType& RecordType::products() {
    static const RecordType type{u"products"_s,
                                 {{u"sku"_s, Text, Desc},
                                  {u"name"_s, Text, Desc},
                                  {u"family"_s, Text, Desc},
                                  {u"description"_s, Text, Long},
                                  {u"unit"_s, Text, Desc},
                                  {u"active"_s, Bool, Guard},
                                  {u"tax_category"_s, Text, Guard},
                                  {u"tax_rate"_s, Int, Guard},
                                  {u"external_id"_s, Text, Guard},
                                  {u"owner_id"_s, Text, Guard}},
                                 RecordScope::Organisation,
                                 RecordLabel::of({u"name"_s, u"sku"_s}),
                                 QT_TRANSLATE_NOOP("RecordType", "Product")};
    return type;
}

const RecordType& RecordType::priceLists() {
    static const RecordType type{u"price_lists"_s,
                                 {{u"name"_s, Text, Desc},
                                  {u"currency"_s, Text, Guard},
                                  {u"active"_s, Bool, Guard},
                                  {u"owner_id"_s, Text, Guard}},
                                 RecordScope::Organisation,
                                 RecordLabel::of({u"name"_s}),
                                 QT_TRANSLATE_NOOP("RecordType", "Price list")};
    return type;
}

const RecordType& RecordType::priceListEntries() {
    static const RecordType type{u"price_list_entries"_s,
                                 {ref(u"price_list_id"_s, u"price_lists"_s).mandatory(),
                                  ref(u"product_id"_s, u"products"_s).mandatory(),
                                  {u"min_quantity"_s, Int, Guard},
                                  {u"unit_price"_s, Int, Guard},
                                  {u"owner_id"_s, Text, Guard}},
                                 RecordScope::Organisation,
                                 RecordLabel::byReference({}, u"product_id"_s),
                                 QT_TRANSLATE_NOOP("RecordType", "Price")};
    return type;
}

// Quote status and lines are guarded (docs/sync-protocol.md, Merge): a concurrent change of either keeps
// the server's value and shows both to the user.
const RecordType& RecordType::quotes() {
    static const RecordType type{
        u"quotes"_s,
        {{u"number"_s, Text, Guard},
         {u"revision"_s, Int, Guard},
         ref(u"opportunity_id"_s, u"opportunities"_s),
         ref(u"account_id"_s, u"accounts"_s),
         ref(u"contact_id"_s, u"contacts"_s, Desc),
         {u"title"_s, Text, Desc},
         {u"currency"_s, Text, Guard},
         ref(u"price_list_id"_s, u"price_lists"_s),
         FieldSpec{u"status"_s, Text, Guard}.oneOf(
             {u"draft"_s, u"sent"_s, u"accepted"_s, u"rejected"_s, u"expired"_s, u"superseded"_s}),
         {u"valid_until"_s, Text, Guard},
         {u"payment_terms"_s, Text, Desc},
         {u"notes"_s, Text, Long},
         {u"sent_at"_s, Int, Guard},
         {u"decided_at"_s, Int, Guard},
         ref(u"previous_id"_s, u"quotes"_s),
         {u"owner_id"_s, Text, Guard}},
        RecordScope::Owner,
        RecordLabel::of({u"number"_s, u"title"_s}),
        QT_TRANSLATE_NOOP("RecordType", "Quote")};
    return type;
}

const RecordType& RecordType::quoteLines() {
    static const RecordType type{
        u"quote_lines"_s,
        {ref(u"quote_id"_s, u"quotes"_s).mandatory(),
         {u"position"_s, Int, Guard},
         FieldSpec{u"kind"_s, Text, Guard}.oneOf({u"item"_s, u"section"_s, u"note"_s}),
         ref(u"product_id"_s, u"products"_s),
         {u"description"_s, Text, Guard},
         {u"quantity"_s, Int, Guard},
         {u"unit"_s, Text, Guard},
         {u"unit_price"_s, Int, Guard},
         FieldSpec{u"discount_kind"_s, Text, Guard}.oneOf({u"none"_s, u"percent"_s, u"amount"_s}),
         {u"discount"_s, Int, Guard},
         {u"tax_rate"_s, Int, Guard},
         {u"owner_id"_s, Text, Guard}},
        RecordScope::Owner,
        RecordLabel::byReference({u"description"_s}, u"quote_id"_s),
        QT_TRANSLATE_NOOP("RecordType", "Quote line")};
    return type;
}

// A lead's status is guarded like an opportunity's stage: two devices that qualified and
// disqualified the same lead offline show both to the user. So are the conversion's references.
const RecordType& RecordType::leads() {
    static const RecordType type{u"leads"_s,
                                 {{u"first_name"_s, Text, Desc},
                                  {u"last_name"_s, Text, Desc},
                                  {u"company"_s, Text, Desc},
                                  {u"title"_s, Text, Desc},
                                  {u"email"_s, Text, Desc},
                                  {u"phone"_s, Text, Desc},
                                  {u"source"_s, Text, Desc},
                                  {u"status"_s, Text, Guard},
                                  {u"rating"_s, Text, Desc},
                                  {u"disqualify_reason"_s, Text, Desc},
                                  {u"notes"_s, Text, Long},
                                  ref(u"converted_account_id"_s, u"accounts"_s),
                                  ref(u"converted_contact_id"_s, u"contacts"_s),
                                  ref(u"converted_opportunity_id"_s, u"opportunities"_s),
                                  {u"converted_at"_s, Int, Guard},
                                  {u"external_id"_s, Text, Guard},
                                  {u"owner_id"_s, Text, Guard},
                                  {u"do_not_call"_s, Bool, Guard}},
                                 RecordScope::Owner,
                                 RecordLabel::person(u"first_name"_s, u"last_name"_s),
                                 QT_TRANSLATE_NOOP("RecordType", "Lead")};
    return type;
}

// Calendar values are text (core/calendar/CalendarTime); times, recurrence and status are guarded,
// descriptive fields merge (docs/calendar.md). An override names its series and occurrence.
const RecordType& RecordType::events() {
    static const RecordType type{
        u"events"_s,
        {FieldSpec{u"kind"_s, Text, Desc}.oneOf({u"meeting"_s, u"visit"_s, u"call"_s, u"other"_s}),
         {u"title"_s, Text, Desc},
         {u"location"_s, Text, Desc},
         {u"description"_s, Text, Long},
         {u"starts"_s, Text, Guard},
         {u"ends"_s, Text, Guard},
         {u"rrules"_s, Json, Guard},
         {u"rdates"_s, Json, Guard},
         {u"exdates"_s, Json, Guard},
         ref(u"series_id"_s, u"events"_s),
         {u"occurrence"_s, Text, Guard},
         {u"this_and_future"_s, Bool, Guard},
         FieldSpec{u"status"_s, Text, Guard}.oneOf({u"confirmed"_s, u"tentative"_s, u"cancelled"_s}),
         {u"private"_s, Bool, Guard},
         {u"busy"_s, Bool, Desc},
         ref(u"account_id"_s, u"accounts"_s),
         ref(u"contact_id"_s, u"contacts"_s),
         ref(u"lead_id"_s, u"leads"_s),
         ref(u"opportunity_id"_s, u"opportunities"_s),
         {u"attendees"_s, Json, Desc},
         {u"reminders"_s, Json, Desc},
         {u"ical_uid"_s, Text, Guard},
         {u"sequence"_s, Int, Desc},
         ref(u"activity_id"_s, u"activities"_s),
         {u"owner_id"_s, Text, Guard}},
        RecordScope::Owner,
        RecordLabel::of({u"title"_s}),
        QT_TRANSLATE_NOOP("RecordType", "Event"),
        // Attendees who are colleagues read the event; the team sees when its owner is busy.
        RecordSharing{u"attendees"_s,
                      {u"kind"_s, u"starts"_s, u"ends"_s, u"rrules"_s, u"rdates"_s, u"exdates"_s, u"series_id"_s,
                       u"occurrence"_s, u"this_and_future"_s, u"status"_s, u"busy"_s, u"owner_id"_s},
                      u"private"_s,
                      {},
                      {},
                      {}}};
    return type;
}

const RecordType& RecordType::tasks() {
    static const RecordType type{
        u"tasks"_s,
        {{u"title"_s, Text, Desc},
         {u"description"_s, Text, Long},
         {u"due"_s, Text, Guard},
         {u"priority"_s, Int, Desc},
         FieldSpec{u"status"_s, Text, Guard}.oneOf({u"open"_s, u"in_progress"_s, u"done"_s, u"cancelled"_s}),
         {u"done_at"_s, Int, Guard},
         ref(u"account_id"_s, u"accounts"_s),
         ref(u"contact_id"_s, u"contacts"_s),
         ref(u"lead_id"_s, u"leads"_s),
         ref(u"opportunity_id"_s, u"opportunities"_s),
         {u"reminders"_s, Json, Desc},
         {u"ical_uid"_s, Text, Guard},
         {u"owner_id"_s, Text, Guard}},
        RecordScope::Owner,
        RecordLabel::of({u"title"_s}),
        QT_TRANSLATE_NOOP("RecordType", "Task")};
    return type;
}

// What the user did with a reminder, on all their devices (docs/calendar.md, Reminders).
const RecordType& RecordType::reminderStates() {
    static const RecordType type{
        u"reminder_states"_s,
        {FieldSpec{u"record_table"_s, Text, Guard}.mandatory().oneOf({u"events"_s, u"tasks"_s}),
         FieldSpec{u"record_id"_s, Text, Guard}.mandatory().refersToTableIn(u"record_table"_s),
         {u"occurrence"_s, Text, Guard},
         {u"minutes_before"_s, Int, Guard},
         {u"snoozed_until"_s, Int, Desc},
         {u"dismissed"_s, Bool, Desc},
         {u"owner_id"_s, Text, Guard}},
        RecordScope::Owner,
        RecordLabel::byReference({}, u"record_id"_s),
        QT_TRANSLATE_NOOP("RecordType", "Reminder")};
    return type;
}

// A quota is owned by the user it is for, so that the user and everyone above them read it; its
// id is made from user, kind and first day (QuotaRepository), so two managers setting the same
// quota offline change one record. Amounts are guarded: a concurrent change keeps the server's.
const RecordType& RecordType::quotas() {
    static const RecordType type{
        .table = u"quotas"_s,
        .fields = {FieldSpec{u"period_kind"_s, Text, Guard}.mandatory().oneOf({u"month"_s, u"quarter"_s, u"year"_s}),
                   FieldSpec{u"period_start"_s, Text, Guard}.mandatory(),
                   {u"amount"_s, Int, Guard},
                   FieldSpec{u"currency"_s, Text, Guard}.mandatory(),
                   {u"owner_id"_s, Text, Guard}},
        .scope = RecordScope::Owner,
        .label = RecordLabel::of({u"period_kind"_s, u"period_start"_s}),
        .noun = QT_TRANSLATE_NOOP("RecordType", "Quota"),
        .sharing = {},
        .managersOnly = true};
    return type;
}

// Adjustments are written once and never changed (a later one replaces an earlier one in force),
// so their fields are guarded only against a device that would.
const RecordType& RecordType::forecastAdjustments() {
    static const RecordType type{
        .table = u"forecast_adjustments"_s,
        .fields = {FieldSpec{u"subject_id"_s, Text, Guard}.mandatory(),
                   FieldSpec{u"scope"_s, Text, Guard}.oneOf({u"own"_s, u"team"_s}),
                   FieldSpec{u"period_kind"_s, Text, Guard}.mandatory().oneOf({u"month"_s, u"quarter"_s, u"year"_s}),
                   FieldSpec{u"period_start"_s, Text, Guard}.mandatory(),
                   {u"commit_amount"_s, Int, Guard},
                   {u"best_case_amount"_s, Int, Guard},
                   FieldSpec{u"currency"_s, Text, Guard}.mandatory(),
                   {u"cleared"_s, Bool, Guard},
                   {u"note"_s, Text, Long},
                   {u"made_at"_s, Int, Guard},
                   {u"owner_id"_s, Text, Guard}},
        .scope = RecordScope::Owner,
        .label = RecordLabel::of({u"period_kind"_s, u"period_start"_s}),
        .noun = QT_TRANSLATE_NOOP("RecordType", "Forecast adjustment"),
        .sharing = {},
        .managersOnly = true};
    return type;
}

const RecordType& RecordType::commissionPlans() {
    static const RecordType type{
        .table = u"commission_plans"_s,
        .fields = {FieldSpec{u"applies_to"_s, Text, Guard}.mandatory().oneOf({u"user"_s, u"team"_s}),
                   FieldSpec{u"valid_from"_s, Text, Guard}.mandatory(),
                   {u"rate"_s, Int, Guard},
                   {u"family_rates"_s, Json, Guard},
                   {u"accelerator"_s, Int, Guard},
                   {u"owner_id"_s, Text, Guard}},
        .scope = RecordScope::Owner,
        .label = RecordLabel::of({u"applies_to"_s, u"valid_from"_s}),
        .noun = QT_TRANSLATE_NOOP("RecordType", "Commission plan"),
        // A team's plan reaches the reps it pays (docs/forecast.md, Commission); a person's does not.
        .sharing = {.readersIn = {},
                    .busyFields = {},
                    .privateField = {},
                    .downField = u"applies_to"_s,
                    .downValue = u"team"_s,
                    .lends = {}},
        .managersOnly = true};
    return type;
}

// A call list is read by the reps below its owner who work it (audience "team"), changed by its
// owner and those above (docs/telesales.md).
const RecordType& RecordType::callLists() {
    static const RecordType type{.table = u"call_lists"_s,
                                 .fields = {FieldSpec{u"name"_s, Text, Desc}.mandatory(),
                                            FieldSpec{u"source"_s, Text, Guard}.oneOf(
                                                {u"contacts"_s, u"leads"_s, u"accounts"_s, u"selection"_s, u"csv"_s}),
                                            {u"filter"_s, Json, Desc},
                                            {u"priority"_s, Int, Desc},
                                            {u"retry_minutes"_s, Int, Desc},
                                            {u"max_attempts"_s, Int, Desc},
                                            {u"script"_s, Text, Long},
                                            FieldSpec{u"audience"_s, Text, Guard}.oneOf({u"team"_s, u"owner"_s}),
                                            {u"closed"_s, Bool, Desc},
                                            {u"reps"_s, Json, Desc},
                                            {u"owner_id"_s, Text, Guard}},
                                 .scope = RecordScope::Owner,
                                 .label = RecordLabel::of({u"name"_s}),
                                 .noun = QT_TRANSLATE_NOOP("RecordType", "Call list"),
                                 .sharing = {.readersIn = {},
                                             .busyFields = {},
                                             .privateField = {},
                                             .downField = u"audience"_s,
                                             .downValue = u"team"_s,
                                             .lends = {}},
                                 .managersOnly = false};
    return type;
}

// An entry's owner is the rep it is assigned to; its progress (attempts, times, outcome) is
// guarded: two devices that called it offline both keep their calls as activities, and the
// later clock's progress wins (docs/telesales.md, Working offline). It lends the contact, lead and
// account it names to that rep, who may not hold them otherwise (docs/server.md, Lent records).
const RecordType& RecordType::callListEntries() {
    static const RecordType type{
        .table = u"call_list_entries"_s,
        .fields = {ref(u"list_id"_s, u"call_lists"_s).mandatory(),
                   ref(u"contact_id"_s, u"contacts"_s),
                   ref(u"lead_id"_s, u"leads"_s),
                   ref(u"account_id"_s, u"accounts"_s),
                   {u"name"_s, Text, Desc},
                   FieldSpec{u"phone"_s, Text, Guard}.mandatory(),
                   {u"priority"_s, Int, Desc},
                   FieldSpec{u"status"_s, Text, Guard}.oneOf({u"open"_s, u"done"_s, u"removed"_s}),
                   {u"attempts"_s, Int, Guard},
                   {u"last_called_at"_s, Int, Guard},
                   {u"retry_at"_s, Int, Guard},
                   {u"callback_at"_s, Int, Guard},
                   {u"last_outcome"_s, Text, Guard},
                   {u"owner_id"_s, Text, Guard}},
        .scope = RecordScope::Owner,
        .label = RecordLabel::of({u"name"_s, u"phone"_s}),
        .noun = QT_TRANSLATE_NOOP("RecordType", "Call list entry"),
        .sharing = {.readersIn = {},
                    .busyFields = {},
                    .privateField = {},
                    .downField = {},
                    .downValue = {},
                    .lends = {u"contact_id"_s, u"lead_id"_s, u"account_id"_s}},
        .managersOnly = false};
    return type;
}

// A weekly snapshot may be taken by several devices of the subject and their managers with the same
// id: the figures are descriptive, the later clock wins without asking anyone.
const RecordType& RecordType::forecastSnapshots() {
    static const RecordType type{
        .table = u"forecast_snapshots"_s,
        .fields = {FieldSpec{u"subject_id"_s, Text, Guard}.mandatory(),
                   FieldSpec{u"scope"_s, Text, Guard}.oneOf({u"own"_s, u"team"_s}),
                   FieldSpec{u"period_kind"_s, Text, Guard}.mandatory().oneOf({u"month"_s, u"quarter"_s, u"year"_s}),
                   FieldSpec{u"period_start"_s, Text, Guard}.mandatory(),
                   FieldSpec{u"kind"_s, Text, Guard}.oneOf({u"weekly"_s, u"submitted"_s}),
                   FieldSpec{u"taken_on"_s, Text, Guard}.mandatory(),
                   {u"closed_won"_s, Int, Desc},
                   {u"commit_amount"_s, Int, Desc},
                   {u"best_case_amount"_s, Int, Desc},
                   {u"pipeline_amount"_s, Int, Desc},
                   {u"quota"_s, Int, Desc},
                   {u"adjusted_commit"_s, Int, Desc},
                   {u"adjusted_best_case"_s, Int, Desc},
                   FieldSpec{u"currency"_s, Text, Desc}.mandatory(),
                   {u"note"_s, Text, Long},
                   {u"owner_id"_s, Text, Guard}},
        .scope = RecordScope::Owner,
        .label = RecordLabel::of({u"kind"_s, u"period_start"_s, u"taken_on"_s}),
        .noun = QT_TRANSLATE_NOOP("RecordType", "Forecast snapshot"),
        .sharing = {},
        .managersOnly = false};
    return type;
}

QList<const RecordType*> RecordType::all() {
    return {&users(),
            &accounts(),
            &contacts(),
            &activities(),
            &attachments(),
            &opportunities(),
            &opportunityHistory(),
            &products(),
            &priceLists(),
            &priceListEntries(),
            &quotes(),
            &quoteLines(),
            &leads(),
            &opportunityLines(),
            &pipelines(),
            &events(),
            &tasks(),
            &reminderStates(),
            &quotas(),
            &forecastAdjustments(),
            &forecastSnapshots(),
            &commissionPlans(),
            &callLists(),
            &callListEntries()};
}

const RecordType* RecordType::find(const QString& table) {
    for (const auto* type : all())
        if (type->table == table)
            return type;
    return nullptr;
}

} // namespace Fieldbook
