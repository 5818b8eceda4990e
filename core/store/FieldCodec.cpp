#include "FieldCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fieldbook::FieldCodec {

QString encode(const ContactPoints& points) {
    QJsonArray array;
    for (const auto& p : points)
        array.append(QJsonObject{{u"type"_s, p.type}, {u"value"_s, p.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

ContactPoints decodeContactPoints(const QString& json) {
    ContactPoints points;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    points.reserve(array.size());
    for (const auto& v : array) {
        const QJsonObject o = v.toObject();
        points.append({o.value(u"type"_s).toString(), o.value(u"value"_s).toString()});
    }
    return points;
}

QString encode(const QStringList& tags) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList decodeTags(const QString& json) {
    QStringList tags;
    for (const auto& v : QJsonDocument::fromJson(json.toUtf8()).array())
        tags.append(v.toString());
    return tags;
}

QString encode(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate decodeDate(const QString& text) {
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace Fieldbook::FieldCodec
