#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

JsonReader::JsonReader(QJsonObject object, QString path, QStringList* firstProblem)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_problem(firstProblem) {}

QString JsonReader::pathOf(QStringView key) const {
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

void JsonReader::problem(const QString& message) {
    if (m_problem->isEmpty())
        m_problem->append(message);
}

void JsonReader::allowOnly(std::initializer_list<QStringView> known) {
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), QStringView(it.key())) == known.end()) {
            problem(QCoreApplication::translate("JsonReader", "unknown field %1").arg(pathOf(it.key())));
            return;
        }
    }
}

QJsonValue JsonReader::member(QStringView key, bool required) {
    if (!ok())
        return {};
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            problem(QCoreApplication::translate("JsonReader", "%1 is missing").arg(pathOf(key)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return *it;
}

QString JsonReader::text(QStringView key, qsizetype maxChars, bool required) {
    const QJsonValue v = member(key, required);
    if (v.isUndefined() || !ok())
        return {};
    if (!v.isString()) {
        problem(QCoreApplication::translate("JsonReader", "%1 must be a string").arg(pathOf(key)));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxChars) {
        problem(QCoreApplication::translate("JsonReader", "%1 is longer than %2 characters")
                    .arg(pathOf(key))
                    .arg(maxChars));
        return {};
    }
    return s;
}

qint64 JsonReader::integer(QStringView key, qint64 min, qint64 max, bool required) {
    const QJsonValue v = member(key, required);
    if (v.isUndefined() || !ok())
        return 0;
    const double d = v.toDouble();
    // JSON numbers are doubles: integers are exact up to 2^53.
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max)) {
        problem(QCoreApplication::translate("JsonReader", "%1 must be a whole number from %2 to %3")
                    .arg(pathOf(key))
                    .arg(min)
                    .arg(max));
        return 0;
    }
    return qint64(d);
}

bool JsonReader::boolean(QStringView key, bool required) {
    const QJsonValue v = member(key, required);
    if (v.isUndefined() || !ok())
        return false;
    if (!v.isBool()) {
        problem(QCoreApplication::translate("JsonReader", "%1 must be true or false").arg(pathOf(key)));
        return false;
    }
    return v.toBool();
}

QJsonObject JsonReader::object(QStringView key, bool required) {
    const QJsonValue v = member(key, required);
    if (v.isUndefined() || !ok())
        return {};
    if (!v.isObject()) {
        problem(QCoreApplication::translate("JsonReader", "%1 must be an object").arg(pathOf(key)));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(QStringView key, qsizetype maxItems, bool required) {
    const QJsonValue v = member(key, required);
    if (v.isUndefined() || !ok())
        return {};
    if (!v.isArray()) {
        problem(QCoreApplication::translate("JsonReader", "%1 must be an array").arg(pathOf(key)));
        return {};
    }
    QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        problem(
            QCoreApplication::translate("JsonReader", "%1 has more than %2 entries").arg(pathOf(key)).arg(maxItems));
        return {};
    }
    return a;
}

JsonReader JsonReader::child(const QJsonObject& object, const QString& pathSuffix) const {
    return JsonReader(object, m_path.isEmpty() ? pathSuffix : m_path + u'.' + pathSuffix, m_problem);
}

Result<QJsonObject> parseJsonObject(const QByteArray& body, qint64 maxBytes) {
    if (body.size() > maxBytes)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("JsonReader", "The request is %1 bytes; at most %2 are accepted.")
                        .arg(body.size())
                        .arg(maxBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("JsonReader", "The request is not valid JSON at byte %1: %2")
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("JsonReader", "The request must be a JSON object."));
    return doc.object();
}

} // namespace Fieldbook
