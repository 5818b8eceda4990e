#include "FieldCodec.h"

#include "common/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fieldbook::FieldCodec {

QString encode(const ContactPoints& points) {
    JsonWriter json;
    json.beginArray();
    for (const auto& p : points) {
        json.beginObject();
        json.key(u"type");
        json.value(p.type);
        json.key(u"value");
        json.value(p.value);
        json.endObject();
    }
    json.endArray();
    return json.take();
}

namespace {
/// Whether `json` is an empty list as the encoders write it (or nothing): most records have no
/// tags and many no e-mail, and derived state decodes these lists on every save.
bool isEmptyList(const QString& json) {
    return json.isEmpty() || json == u"[]"_s;
}
} // namespace

ContactPoints decodeContactPoints(const QString& json) {
    ContactPoints points;
    if (isEmptyList(json))
        return points;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    points.reserve(array.size());
    for (const auto& v : array) {
        const QJsonObject o = v.toObject();
        points.append({o.value(u"type"_s).toString(), o.value(u"value"_s).toString()});
    }
    return points;
}

QString encode(const QStringList& tags) {
    JsonWriter json;
    json.beginArray();
    for (const auto& tag : tags)
        json.value(tag);
    json.endArray();
    return json.take();
}

QStringList decodeTags(const QString& json) {
    QStringList tags;
    if (isEmptyList(json))
        return tags;
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
