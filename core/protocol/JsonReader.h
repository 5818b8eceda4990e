#pragma once

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>

namespace Fieldbook {

/// Strict reading of one JSON object received over the network: every member must be known, of
/// the expected type and within its limits, and a failure names the member by its path
/// ("mutations[3].op"). Collects the first problem; after it every read returns a default.
class JsonReader final {
public:
    JsonReader(QJsonObject object, QString path, QStringList* firstProblem);

    /// Fails if the object has a member not in `known`.
    void allowOnly(std::initializer_list<QStringView> known);
    QString text(QStringView key, qsizetype maxChars, bool required = true);
    qint64 integer(QStringView key, qint64 min, qint64 max, bool required = true);
    bool boolean(QStringView key, bool required = true);
    QJsonObject object(QStringView key, bool required = true);
    QJsonArray array(QStringView key, qsizetype maxItems, bool required = true);
    /// A nested reader for `object` found at `key` (or at index `index` of an array at `key`).
    JsonReader child(const QJsonObject& object, const QString& pathSuffix) const;

    QString pathOf(QStringView key) const;
    bool ok() const { return m_problem->isEmpty(); }
    void problem(const QString& message);

private:
    QJsonValue member(QStringView key, bool required);

    QJsonObject m_object;
    QString m_path;
    QStringList* m_problem;
};

/// Parses `body` as one JSON object (at most `maxBytes`); the error names what is wrong.
Result<QJsonObject> parseJsonObject(const QByteArray& body, qint64 maxBytes);

} // namespace Fieldbook
