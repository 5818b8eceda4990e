#include "ExportRowFormatter.h"

#include "CsvFieldFormat.h"
#include "ExportNames.h"
#include "ImportSchema.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString firstOfType(const ContactPoints& points, bool mobile) {
    for (const auto& p : points) {
        if ((p.type == u"mobile"_s) == mobile)
            return p.value;
    }
    return {};
}

QStringList inSchemaOrder(ImportRecordType type, const QHash<QString, QString>& values) {
    QStringList row;
    for (const auto& field : ImportSchema::fields(type))
        row.append(values.value(field));
    return row;
}

QJsonArray points(const ContactPoints& list) {
    QJsonArray array;
    for (const auto& p : list)
        array.append(QJsonObject{{u"type"_s, p.type}, {u"value"_s, p.value}});
    return array;
}

QString instant(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

void addAddress(QJsonObject& object, const PostalAddress& a) {
    object.insert(u"street"_s, a.street);
    object.insert(u"city"_s, a.city);
    object.insert(u"region"_s, a.region);
    object.insert(u"postal_code"_s, a.postalCode);
    object.insert(u"country"_s, a.country);
}

void addAddress(QHash<QString, QString>& values, const PostalAddress& a) {
    values.insert(u"street"_s, a.street);
    values.insert(u"city"_s, a.city);
    values.insert(u"region"_s, a.region);
    values.insert(u"postal_code"_s, a.postalCode);
    values.insert(u"country"_s, a.country);
}

} // namespace

Result<QStringList> ExportRowFormatter::csvRow(const Account& a, ExportNames& names) {
    auto owner = names.user(a.ownerId);
    auto parent = names.account(a.parentId);
    auto parentKey = names.accountExternalId(a.parentId);
    if (!owner || !parent || !parentKey)
        return std::unexpected(!owner ? owner.error() : !parent ? parent.error() : parentKey.error());
    QHash<QString, QString> values{
        {u"parent_external_id"_s, *parentKey},
        {u"name"_s, a.name},
        {u"industry"_s, a.industry},
        {u"website"_s, a.website},
        {u"phone"_s, a.phones.isEmpty() ? QString() : a.phones.first().value},
        {u"external_id"_s, a.externalId},
        {u"owner"_s, *owner},
        {u"annual_revenue"_s, CsvFieldFormat::formatMoney(a.annualRevenue, a.currency)},
        {u"currency"_s, a.currency},
        {u"employees"_s, QString::number(a.employees)},
        {u"tags"_s, CsvFieldFormat::formatTags(a.tags)},
        {u"notes"_s, a.notes},
        {u"parent"_s, *parent},
    };
    addAddress(values, a.address);
    return inSchemaOrder(ImportRecordType::Accounts, values);
}

Result<QStringList> ExportRowFormatter::csvRow(const Contact& c, ExportNames& names) {
    auto owner = names.user(c.ownerId);
    auto account = names.account(c.accountId);
    auto accountKey = names.accountExternalId(c.accountId);
    if (!owner || !account || !accountKey)
        return std::unexpected(!owner ? owner.error() : !account ? account.error() : accountKey.error());
    QHash<QString, QString> values{
        {u"account_external_id"_s, *accountKey},
        {u"first_name"_s, c.firstName},
        {u"last_name"_s, c.lastName},
        {u"email"_s, c.emails.isEmpty() ? QString() : c.emails.first().value},
        {u"phone"_s, firstOfType(c.phones, false)},
        {u"mobile"_s, firstOfType(c.phones, true)},
        {u"title"_s, c.title},
        {u"account"_s, *account},
        {u"external_id"_s, c.externalId},
        {u"owner"_s, *owner},
        {u"tags"_s, CsvFieldFormat::formatTags(c.tags)},
        {u"notes"_s, c.notes},
        {u"do_not_call"_s, CsvFieldFormat::formatFlag(c.doNotCall)},
        {u"birthday"_s, CsvFieldFormat::formatDate(c.birthday)},
    };
    addAddress(values, c.address);
    return inSchemaOrder(ImportRecordType::Contacts, values);
}

Result<QJsonObject> ExportRowFormatter::json(const Account& a, ExportNames& names) {
    auto owner = names.user(a.ownerId);
    auto parent = names.account(a.parentId);
    if (!owner || !parent)
        return std::unexpected(!owner ? owner.error() : parent.error());
    QJsonObject object{
        {u"id"_s, a.id},
        {u"external_id"_s, a.externalId},
        {u"name"_s, a.name},
        {u"industry"_s, a.industry},
        {u"website"_s, a.website},
        {u"phones"_s, points(a.phones)},
        {u"annual_revenue"_s, CsvFieldFormat::formatMoney(a.annualRevenue, a.currency)},
        {u"currency"_s, a.currency},
        {u"employees"_s, a.employees},
        {u"parent_id"_s, a.parentId},
        {u"parent"_s, *parent},
        {u"owner_id"_s, a.ownerId},
        {u"owner"_s, *owner},
        {u"tags"_s, QJsonArray::fromStringList(a.tags)},
        {u"notes"_s, a.notes},
        {u"created_at"_s, instant(a.createdAt)},
        {u"updated_at"_s, instant(a.updatedAt)},
    };
    addAddress(object, a.address);
    return object;
}

Result<QJsonObject> ExportRowFormatter::json(const Contact& c, ExportNames& names) {
    auto owner = names.user(c.ownerId);
    auto account = names.account(c.accountId);
    if (!owner || !account)
        return std::unexpected(!owner ? owner.error() : account.error());
    QJsonObject object{
        {u"id"_s, c.id},
        {u"external_id"_s, c.externalId},
        {u"first_name"_s, c.firstName},
        {u"last_name"_s, c.lastName},
        {u"title"_s, c.title},
        {u"account_id"_s, c.accountId},
        {u"account"_s, *account},
        {u"emails"_s, points(c.emails)},
        {u"phones"_s, points(c.phones)},
        {u"birthday"_s, CsvFieldFormat::formatDate(c.birthday)},
        {u"owner_id"_s, c.ownerId},
        {u"owner"_s, *owner},
        {u"tags"_s, QJsonArray::fromStringList(c.tags)},
        {u"notes"_s, c.notes},
        {u"do_not_call"_s, c.doNotCall},
        {u"created_at"_s, instant(c.createdAt)},
        {u"updated_at"_s, instant(c.updatedAt)},
    };
    addAddress(object, c.address);
    return object;
}

} // namespace Fieldbook
