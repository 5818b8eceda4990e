#include "ImportSchema.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

struct FieldInfo {
    QString name;
    const char* description;
    QStringList aliases; ///< in headerKey() form
};

const QList<FieldInfo>& accountFields() {
    static const QList<FieldInfo> fields{
        {u"name"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "account name (needed for new accounts)"),
         {u"accountname"_s, u"company"_s, u"companyname"_s, u"organization"_s, u"organisation"_s}},
        {u"industry"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "industry (picklist; use --value-map to fix spellings)"),
         {u"sector"_s}},
        {u"website"_s, QT_TRANSLATE_NOOP("ImportSchema", "web address"), {u"web"_s, u"url"_s, u"homepage"_s}},
        {u"phone"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "main phone number"),
         {u"phonenumber"_s, u"telephone"_s, u"tel"_s, u"businessphone"_s}},
        {u"external_id"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "id in the source system; re-imports update by it"),
         {u"externalid"_s, u"extid"_s, u"id"_s}},
        {u"owner"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "owner, matched by user name"),
         {u"accountowner"_s, u"ownername"_s}},
        {u"city"_s, QT_TRANSLATE_NOOP("ImportSchema", "city"), {u"town"_s}},
        {u"country"_s, QT_TRANSLATE_NOOP("ImportSchema", "country"), {}},
        {u"annual_revenue"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "annual revenue, a decimal amount in `currency`"),
         {u"revenue"_s}},
        {u"currency"_s, QT_TRANSLATE_NOOP("ImportSchema", "ISO 4217 code of the revenue (default USD)"), {}},
        {u"employees"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "number of employees"),
         {u"numberofemployees"_s, u"employeecount"_s, u"headcount"_s}},
        {u"tags"_s, QT_TRANSLATE_NOOP("ImportSchema", "tags separated by ';' or ','"), {u"labels"_s}},
        {u"notes"_s, QT_TRANSLATE_NOOP("ImportSchema", "notes"), {u"note"_s, u"description"_s}},
        {u"parent"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "parent account, matched by name (may be later in the file)"),
         {u"parentaccount"_s, u"parentcompany"_s, u"subsidiaryof"_s}},
        {u"street"_s, QT_TRANSLATE_NOOP("ImportSchema", "street address"), {u"address"_s, u"streetaddress"_s}},
        {u"region"_s, QT_TRANSLATE_NOOP("ImportSchema", "state, province or region"), {u"state"_s, u"province"_s}},
        {u"postal_code"_s, QT_TRANSLATE_NOOP("ImportSchema", "postal code"), {u"zip"_s, u"zipcode"_s, u"postcode"_s}},
        {u"parent_external_id"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "external id of the parent account; when given, used instead of parent"),
         {}},
    };
    return fields;
}

const QList<FieldInfo>& contactFields() {
    static const QList<FieldInfo> fields{
        {u"first_name"_s, QT_TRANSLATE_NOOP("ImportSchema", "first (given) name"), {u"givenname"_s, u"forename"_s}},
        {u"last_name"_s, QT_TRANSLATE_NOOP("ImportSchema", "last (family) name"), {u"surname"_s, u"familyname"_s}},
        {u"email"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "primary e-mail; contacts without external id are matched by it"),
         {u"emailaddress"_s, u"mail"_s}},
        {u"phone"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "work phone number"),
         {u"phonenumber"_s, u"telephone"_s, u"tel"_s, u"workphone"_s, u"businessphone"_s, u"officephone"_s}},
        {u"title"_s, QT_TRANSLATE_NOOP("ImportSchema", "job title"), {u"jobtitle"_s, u"position"_s}},
        {u"account"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "account (company), matched by name"),
         {u"accountname"_s, u"company"_s, u"companyname"_s, u"organization"_s, u"organisation"_s, u"org"_s}},
        {u"external_id"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "id in the source system; re-imports update by it"),
         {u"externalid"_s, u"extid"_s, u"id"_s}},
        {u"owner"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "owner, matched by user name"),
         {u"contactowner"_s, u"ownername"_s}},
        {u"mobile"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "mobile phone number"),
         {u"mobilephone"_s, u"cell"_s, u"cellphone"_s}},
        {u"city"_s, QT_TRANSLATE_NOOP("ImportSchema", "city"), {u"town"_s}},
        {u"country"_s, QT_TRANSLATE_NOOP("ImportSchema", "country"), {}},
        {u"tags"_s, QT_TRANSLATE_NOOP("ImportSchema", "tags separated by ';' or ','"), {u"labels"_s}},
        {u"notes"_s, QT_TRANSLATE_NOOP("ImportSchema", "notes"), {u"note"_s, u"description"_s}},
        {u"do_not_call"_s, QT_TRANSLATE_NOOP("ImportSchema", "do-not-call flag: yes/no, true/false, 1/0"), {u"dnc"_s}},
        {u"birthday"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "birthday as YYYY-MM-DD"),
         {u"dateofbirth"_s, u"birthdate"_s, u"dob"_s}},
        {u"street"_s, QT_TRANSLATE_NOOP("ImportSchema", "street address"), {u"address"_s, u"streetaddress"_s}},
        {u"region"_s, QT_TRANSLATE_NOOP("ImportSchema", "state, province or region"), {u"state"_s, u"province"_s}},
        {u"postal_code"_s, QT_TRANSLATE_NOOP("ImportSchema", "postal code"), {u"zip"_s, u"zipcode"_s, u"postcode"_s}},
        {u"account_external_id"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "external id of the account; when given, used instead of account"),
         {}},
    };
    return fields;
}

const QList<FieldInfo>& userFields() {
    static const QList<FieldInfo> fields{
        {u"name"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "user name; users are matched by it"),
         {u"username"_s, u"fullname"_s}},
        {u"email"_s, QT_TRANSLATE_NOOP("ImportSchema", "e-mail address"), {u"emailaddress"_s, u"mail"_s}},
        {u"role"_s, QT_TRANSLATE_NOOP("ImportSchema", "rep, manager or admin (default rep)"), {}},
        {u"manager"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "manager, matched by user name (may be later in the file)"),
         {u"managername"_s, u"reportsto"_s}},
        {u"team"_s, QT_TRANSLATE_NOOP("ImportSchema", "team name"), {u"teamname"_s}},
    };
    return fields;
}

const QList<FieldInfo>& leadFields() {
    static const QList<FieldInfo> fields{
        {u"first_name"_s, QT_TRANSLATE_NOOP("ImportSchema", "first (given) name"), {u"givenname"_s, u"forename"_s}},
        {u"last_name"_s, QT_TRANSLATE_NOOP("ImportSchema", "last (family) name"), {u"surname"_s, u"familyname"_s}},
        {u"company"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "company; converting the lead finds or creates this account"),
         {u"companyname"_s, u"account"_s, u"accountname"_s, u"organization"_s, u"organisation"_s, u"org"_s}},
        {u"title"_s, QT_TRANSLATE_NOOP("ImportSchema", "job title"), {u"jobtitle"_s, u"position"_s}},
        {u"email"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "e-mail; leads without external id are matched by it"),
         {u"emailaddress"_s, u"mail"_s}},
        {u"phone"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "phone number"),
         {u"phonenumber"_s, u"telephone"_s, u"tel"_s, u"mobile"_s, u"mobilephone"_s, u"workphone"_s}},
        {u"source"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "where the lead came from, e.g. Web, Trade fair, Referral"),
         {u"leadsource"_s, u"channel"_s, u"origin"_s}},
        {u"status"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "new, working, qualified or disqualified (default new)"),
         {u"leadstatus"_s}},
        {u"rating"_s, QT_TRANSLATE_NOOP("ImportSchema", "hot, warm, cold or empty"), {u"leadrating"_s}},
        {u"owner"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "owner, matched by user name"),
         {u"leadowner"_s, u"ownername"_s, u"assignedto"_s}},
        {u"external_id"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "id in the source system; re-imports update by it"),
         {u"externalid"_s, u"extid"_s, u"id"_s}},
        {u"notes"_s, QT_TRANSLATE_NOOP("ImportSchema", "notes"), {u"note"_s, u"description"_s, u"comments"_s}},
        {u"disqualify_reason"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "why the lead is disqualified (needed with that status)"),
         {u"reason"_s, u"disqualificationreason"_s}},
        {u"name"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "full name, split into first and last name when the file has neither"),
         {u"fullname"_s, u"contactname"_s, u"leadname"_s}},
    };
    return fields;
}

const QList<FieldInfo>& productFields() {
    static const QList<FieldInfo> fields{
        {u"name"_s, QT_TRANSLATE_NOOP("ImportSchema", "product name (needed for new products)"), {u"productname"_s}},
        {u"sku"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "article number, unique; products without external id are matched by it"),
         {u"productcode"_s, u"code"_s, u"articlenumber"_s, u"partnumber"_s, u"itemnumber"_s}},
        {u"family"_s, QT_TRANSLATE_NOOP("ImportSchema", "product family"), {u"productfamily"_s, u"category"_s}},
        {u"unit_price"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "unit price, a decimal amount in `currency`, set in the price list"),
         {u"price"_s, u"listprice"_s, u"salesprice"_s}},
        {u"currency"_s, QT_TRANSLATE_NOOP("ImportSchema", "ISO 4217 code of the unit price"), {u"currencycode"_s}},
        {u"external_id"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "id in the source system; re-imports update by it"),
         {u"externalid"_s, u"extid"_s, u"id"_s}},
        {u"description"_s, QT_TRANSLATE_NOOP("ImportSchema", "description"), {u"productdescription"_s}},
        {u"unit"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "unit of measure, e.g. pcs, h, licence"),
         {u"uom"_s, u"unitofmeasure"_s, u"quantityunit"_s}},
        {u"active"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "offered for new quotes: yes/no (default yes)"),
         {u"isactive"_s}},
        {u"tax_category"_s, QT_TRANSLATE_NOOP("ImportSchema", "tax category, e.g. standard, reduced"), {u"taxclass"_s}},
        {u"tax_rate"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "tax rate in percent, e.g. 19 or 7.5"),
         {u"vat"_s, u"taxpercent"_s}},
        {u"price_list"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "price list of the unit price (default \"List prices <currency>\")"),
         {u"pricelist"_s, u"pricebook"_s}},
        {u"min_quantity"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "the unit price applies from this quantity up (quantity breaks; default 0)"),
         {u"minquantity"_s, u"fromquantity"_s, u"quantitybreak"_s}},
    };
    return fields;
}

const QList<FieldInfo>& opportunityFields() {
    static const QList<FieldInfo> fields{
        {u"name"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "opportunity name (needed for new opportunities)"),
         {u"opportunityname"_s, u"dealname"_s, u"deal"_s, u"title"_s}},
        {u"account"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "account, matched by name (needed for new opportunities)"),
         {u"accountname"_s, u"company"_s, u"companyname"_s, u"customer"_s, u"organization"_s, u"organisation"_s}},
        {u"owner"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "owner, matched by user name"),
         {u"opportunityowner"_s, u"ownername"_s, u"assignedto"_s}},
        {u"pipeline"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "pipeline name (default: the opportunity's, or the first for a new one)"),
         {u"pipelinename"_s, u"salesprocess"_s}},
        {u"stage"_s,
         QT_TRANSLATE_NOOP("ImportSchema",
                           "stage key or name, e.g. proposal or Negotiation (default: the first stage)"),
         {u"salesstage"_s, u"dealstage"_s, u"status"_s}},
        {u"amount"_s,
         QT_TRANSLATE_NOOP("ImportSchema",
                           "amount, a decimal in `currency` (ignored while the opportunity has product lines)"),
         {u"value"_s, u"dealvalue"_s, u"expectedrevenue"_s}},
        {u"currency"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "ISO 4217 code (default: the reporting currency)"),
         {u"currencycode"_s}},
        {u"close_date"_s,
         QT_TRANSLATE_NOOP("ImportSchema",
                           "expected close date, YYYY-MM-DD (needed for new open opportunities; won or lost "
                           "without one: closed today)"),
         {u"closedate"_s, u"expectedclosedate"_s, u"closingdate"_s}},
        {u"probability"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "win probability in percent (default: the stage's)"),
         {u"probabilitypercent"_s, u"winprobability"_s}},
        {u"product"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "product SKU or name: adds a product line (one row per product)"),
         {u"productname"_s, u"sku"_s, u"productcode"_s}},
        {u"quantity"_s, QT_TRANSLATE_NOOP("ImportSchema", "quantity of `product` (default 1)"), {u"qty"_s}},
        {u"unit_price"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "unit price of `product` in `currency` (default: from the price list)"),
         {u"price"_s, u"listprice"_s, u"salesprice"_s}},
        {u"external_id"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "id in the source system; re-imports update by it"),
         {u"externalid"_s, u"extid"_s, u"id"_s}},
        {u"account_external_id"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "the account's external id, instead of its name"),
         {u"accountexternalid"_s, u"accountid"_s}},
        {u"next_step"_s, QT_TRANSLATE_NOOP("ImportSchema", "next step"), {u"nextstep"_s}},
        {u"close_reason"_s,
         QT_TRANSLATE_NOOP("ImportSchema", "why it was won or lost (needed for a lost one)"),
         {u"closereason"_s, u"lossreason"_s, u"reason"_s}},
        {u"competitors"_s, QT_TRANSLATE_NOOP("ImportSchema", "competitors, separated by commas"), {u"competitor"_s}},
        {u"notes"_s, QT_TRANSLATE_NOOP("ImportSchema", "notes"), {u"note"_s, u"description"_s, u"comments"_s}},
    };
    return fields;
}

const QList<FieldInfo>& infoFor(ImportRecordType type) {
    switch (type) {
    case ImportRecordType::Accounts:
        return accountFields();
    case ImportRecordType::Contacts:
        return contactFields();
    case ImportRecordType::Leads:
        return leadFields();
    case ImportRecordType::Products:
        return productFields();
    case ImportRecordType::Opportunities:
        return opportunityFields();
    case ImportRecordType::Users:
        break;
    }
    return userFields();
}

} // namespace

QStringList ImportSchema::typeNames() {
    return {u"accounts"_s, u"contacts"_s, u"users"_s, u"leads"_s, u"products"_s, u"opportunities"_s};
}

QString ImportSchema::typeName(ImportRecordType type) {
    return typeNames().at(int(type));
}

std::optional<ImportRecordType> ImportSchema::parseType(const QString& name) {
    const qsizetype index = typeNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return ImportRecordType(index);
}

QString ImportSchema::unknownTypeMessage(const QString& name) {
    return tr("unknown record type '%1'; available: %2").arg(name, typeNames().join(u", "_s));
}

QStringList ImportSchema::fields(ImportRecordType type) {
    QStringList names;
    for (const auto& info : infoFor(type))
        names.append(info.name);
    return names;
}

QString ImportSchema::describe(ImportRecordType type, const QString& field) {
    for (const auto& info : infoFor(type)) {
        if (info.name == field)
            return tr(info.description);
    }
    return {};
}

QString ImportSchema::headerKey(const QString& text) {
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.')
            continue;
        key.append(c.toLower());
    }
    return key;
}

qsizetype ImportSchema::defaultColumn(ImportRecordType type, const QString& field, const QStringList& header) {
    QStringList keys;
    keys.reserve(header.size());
    for (const auto& column : header)
        keys.append(headerKey(column));
    for (const auto& info : infoFor(type)) {
        if (info.name != field)
            continue;
        if (const qsizetype exact = keys.indexOf(headerKey(info.name)); exact >= 0)
            return exact;
        for (const auto& alias : info.aliases) {
            if (const qsizetype index = keys.indexOf(alias); index >= 0)
                return index;
        }
    }
    return -1;
}

} // namespace Fieldbook
