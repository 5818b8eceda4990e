#include "SyncValueText.h"

#include "protocol/RecordType.h"
#include "store/write/Outbox.h"
#include "store/write/RecordKind.h"
#include "store/journal/RecordLabels.h"
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

QString SyncValueText::fieldLabel(const QString& table, const QString& field) {
    if (isDeletion(field))
        return tr("Deleted here / Edited elsewhere");
    const RecordKind* kind = RecordKind::find(table);
    const char* label = kind ? kind->fieldLabel(field) : nullptr;
    return label ? QCoreApplication::translate("RecordKind", label) : field;
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
        return reference(table, field, v.toString());
    if (const RecordKind* kind = RecordKind::find(table); kind && !kind->currencyOf(field).isEmpty())
        return money(table, kind->currencyOf(field), recordId, v.toInteger());
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

QString SyncValueText::reference(const QString& table, const QString& field, const QString& id) {
    // The table the field points into, as the record type declares it.
    const RecordKind* kind = RecordKind::find(table);
    const QString target = kind ? kind->referencedTable(field) : QString();
    const QString key = target + u':' + id;
    if (const auto it = m_names.constFind(key); it != m_names.constEnd())
        return *it;
    QString name = target.isEmpty() ? QString() : RecordLabels(m_db).labelOf(target, id).value_or(QString());
    // A record this device does not have (outside its scope) is still named somehow.
    if (name.isEmpty())
        name = tr("(not on this computer)");
    m_names.insert(key, name);
    return name;
}

QString SyncValueText::money(const QString& table, const QString& currencyField, const QString& recordId,
                             qint64 minorUnits) {
    const QString currency = RecordLabels(m_db).fieldText(table, recordId, currencyField).value_or(QString());
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
        parts.append(tr("%1: %2").arg(fieldLabel(entry.table, it.key()),
                                      value(entry.table, entry.recordId, it.key(), it.value())));
    return parts.isEmpty() ? tr("Edited") : parts.join(tr("; "));
}

} // namespace Fieldbook
