#include "SyncValueText.h"

#include "protocol/RecordType.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/Outbox.h"
#include "store/UserRepository.h"
#include "domain/MoneyText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// One line, whatever the value: long notes and addresses keep their words, not their breaks.
QString oneLine(QString text) {
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

SyncValueText::SyncValueText(Database& db)
    : m_db(db) {}

QString SyncValueText::fieldLabel(const QString& field) {
    static const QHash<QString, const char*> labels = {
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"first_name"_s, QT_TR_NOOP("First name")},
        {u"last_name"_s, QT_TR_NOOP("Last name")},
        {u"title"_s, QT_TR_NOOP("Job title")},
        {u"account_id"_s, QT_TR_NOOP("Account")},
        {u"contact_id"_s, QT_TR_NOOP("Contact")},
        {u"parent_id"_s, QT_TR_NOOP("Parent account")},
        {u"owner_id"_s, QT_TR_NOOP("Owner")},
        {u"emails"_s, QT_TR_NOOP("E-mail addresses")},
        {u"phones"_s, QT_TR_NOOP("Phone numbers")},
        {u"street"_s, QT_TR_NOOP("Street")},
        {u"city"_s, QT_TR_NOOP("City")},
        {u"region"_s, QT_TR_NOOP("Region")},
        {u"postal_code"_s, QT_TR_NOOP("Postal code")},
        {u"country"_s, QT_TR_NOOP("Country")},
        {u"birthday"_s, QT_TR_NOOP("Birthday")},
        {u"tags"_s, QT_TR_NOOP("Tags")},
        {u"notes"_s, QT_TR_NOOP("Notes")},
        {u"do_not_call"_s, QT_TR_NOOP("Do not call")},
        {u"external_id"_s, QT_TR_NOOP("External ID")},
        {u"industry"_s, QT_TR_NOOP("Industry")},
        {u"website"_s, QT_TR_NOOP("Website")},
        {u"annual_revenue"_s, QT_TR_NOOP("Annual revenue")},
        {u"currency"_s, QT_TR_NOOP("Currency")},
        {u"employees"_s, QT_TR_NOOP("Employees")},
        {u"language"_s, QT_TR_NOOP("Quote language")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"subject"_s, QT_TR_NOOP("Subject")},
        {u"starts_at"_s, QT_TR_NOOP("Date and time")},
        {u"duration_minutes"_s, QT_TR_NOOP("Duration (minutes)")},
        {u"outcome"_s, QT_TR_NOOP("Outcome")},
        {u"done"_s, QT_TR_NOOP("Done")},
        {u"file_name"_s, QT_TR_NOOP("File name")},
        {u"company"_s, QT_TR_NOOP("Company")},
        {u"email"_s, QT_TR_NOOP("E-mail")},
        {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"source"_s, QT_TR_NOOP("Lead source")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"rating"_s, QT_TR_NOOP("Rating")},
        {u"disqualify_reason"_s, QT_TR_NOOP("Disqualification reason")},
        {u"deleted"_s, QT_TR_NOOP("Deleted here / Edited elsewhere")},
    };
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

QString SyncValueText::tableLabel(const QString& table) {
    const RecordType* type = RecordType::find(table);
    return type ? QCoreApplication::translate("RecordType", type->noun) : table;
}

QString SyncValueText::recordText(const QString& table, const QString& label) {
    if (!label.trimmed().isEmpty())
        return label;
    return tr("(%1 without a name)").arg(tableLabel(table));
}

bool SyncValueText::isDeletion(const QString& field) {
    return field == u"deleted";
}

QString SyncValueText::deletionText(const QJsonValue& deleted) {
    if (deleted.isUndefined())
        return tr("(not received yet)");
    return deleted.toBool() ? tr("Deleted") : tr("Edited");
}

QString SyncValueText::plain(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Undefined:
        return tr("(not received yet)");
    case QJsonValue::Null:
        return tr("(empty)");
    case QJsonValue::Bool:
        return v.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QLocale().toString(v.toInteger());
    case QJsonValue::String:
        return v.toString().isEmpty() ? tr("(empty)") : oneLine(v.toString());
    case QJsonValue::Array:
        return list(QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString SyncValueText::list(const QString& json) {
    // Contact points are [{"type":"work","value":"…"}], tags are ["…"]: people want the values.
    QStringList items;
    for (const QJsonValue& item : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QString text = item.isObject() ? item.toObject().value(u"value"_s).toString() : item.toString();
        if (!text.isEmpty())
            items.append(oneLine(text));
    }
    return items.isEmpty() ? tr("(empty)") : QLocale().createSeparatedList(items);
}

QString SyncValueText::value(const QString& table, const QString& recordId, const QString& field, const QJsonValue& v) {
    if (isDeletion(field))
        return deletionText(v);
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return plain(v);
    const RecordType* type = RecordType::find(table);
    const FieldSpec* spec = type ? type->field(field) : nullptr;
    if (spec && spec->kind == FieldKind::Json && v.isString())
        return list(v.toString());
    if (field.endsWith(u"_id") && field != u"external_id" && v.isString())
        return reference(field, v.toString());
    if (field == u"annual_revenue")
        return money(table, recordId, v.toInteger());
    if (field == u"starts_at" && v.isDouble())
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.toInteger()).toLocalTime(), QLocale::ShortFormat);
    if (field == u"birthday" && v.isString()) {
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : v.toString();
    }
    if (spec && spec->kind == FieldKind::Boolean && v.isDouble())
        return v.toInteger() != 0 ? tr("Yes") : tr("No");
    return plain(v);
}

QString SyncValueText::reference(const QString& field, const QString& id) {
    const QString key = field + u':' + id;
    if (const auto it = m_names.constFind(key); it != m_names.constEnd())
        return *it;
    QString name;
    if (field == u"owner_id") {
        if (auto user = UserRepository(m_db).get(id))
            name = user->name;
    } else if (field == u"account_id" || field == u"parent_id") {
        if (auto account = AccountRepository(m_db).get(id))
            name = account->name;
    } else if (field == u"contact_id") {
        if (auto contact = ContactRepository(m_db).get(id))
            name = contact->displayName();
    }
    // A record this device does not have (outside its scope) is still named somehow.
    if (name.isEmpty())
        name = tr("(not on this computer)");
    m_names.insert(key, name);
    return name;
}

QString SyncValueText::money(const QString& table, const QString& recordId, qint64 minorUnits) {
    QString currency;
    if (table == u"accounts")
        if (auto account = AccountRepository(m_db).get(recordId))
            currency = account->currency;
    const QLocale locale;
    if (currency.isEmpty())
        return locale.toString(minorUnits);
    return tr("%1 %2").arg(MoneyText::format(minorUnits, locale, MoneyText::decimalsFor(currency)), currency);
}

QString SyncValueText::change(const OutboxEntry& entry) {
    if (entry.op == u"insert")
        return tr("Created");
    if (entry.op == u"delete")
        return tr("Deleted");
    if (entry.op == u"restore")
        return tr("Restored");
    QStringList parts;
    for (auto it = entry.fields.constBegin(); it != entry.fields.constEnd(); ++it)
        parts.append(tr("%1: %2").arg(fieldLabel(it.key()), value(entry.table, entry.recordId, it.key(), it.value())));
    return parts.isEmpty() ? tr("Edited") : parts.join(tr("; "));
}

} // namespace Fieldbook
