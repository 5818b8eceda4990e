#pragma once

#include "RecordType.h"

#include <QJsonObject>

#include <optional>

namespace Fieldbook {

/// What is wrong with one field's value, in English (the server's refusal and the client's sync
/// log name the field; the client translates its own messages).
struct FieldProblem {
    QString field;
    QString problem;
    QString text() const { return field + QStringLiteral(": ") + problem; }
};

/// A record that a change names through one of its reference fields.
struct NamedRecord {
    QString field; ///< the reference field
    QString table;
    QString id;
};

/// Whether wire values keep a record type's declared rules (RecordType, FieldSpec): the kind of
/// each value, null only for optional references, allowed values, sizes, required references. The
/// server checks every pushed change; a client checks every pulled record before it applies it.
class RecordCheck final {
public:
    static constexpr int kMaxText = 10'000;      ///< characters of a text field without its own limit
    static constexpr int kMaxLongText = 200'000; ///< characters of long text (notes) and JSON fields

    /// The first problem among the fields present in `values` (a change carries only what changed).
    /// A field the type does not declare is a problem too.
    [[nodiscard]] static std::optional<FieldProblem> values(const RecordType& type, const QJsonObject& values);
    /// values(), and every required field present and not empty (a whole record: an insert, a pull).
    [[nodiscard]] static std::optional<FieldProblem> record(const RecordType& type, const QJsonObject& values);

    /// The records that the references among `values` name (empty and null references name none).
    /// A reference into one of several tables finds its table in `values`, else in `stored` (the
    /// record as it is before the change). The server refuses a change naming a record it never held.
    [[nodiscard]] static QList<NamedRecord> references(const RecordType& type, const QJsonObject& values,
                                                       const QJsonObject& stored = {});

private:
    [[nodiscard]] static std::optional<QString> valueProblem(const FieldSpec& field, const QJsonValue& value);
};

} // namespace Fieldbook
