#include "RecordCheck.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: beyond it a JSON number loses digits

int limitOf(const FieldSpec& field) {
    if (field.maxLength > 0)
        return field.maxLength;
    return field.kind == FieldKind::Json || field.merge == MergeClass::LongText ? RecordCheck::kMaxLongText
                                                                                : RecordCheck::kMaxText;
}

std::optional<QString> textProblem(const FieldSpec& field, const QJsonValue& value) {
    if (!value.isString())
        return u"expected text"_s;
    const QString text = value.toString();
    if (text.size() > limitOf(field))
        return u"longer than %1 characters"_s.arg(limitOf(field));
    if (!field.allowed.isEmpty() && !field.allowed.contains(text))
        return u"'%1' is not one of %2"_s.arg(text.left(40), field.allowed.join(u", "_s));
    if (field.kind == FieldKind::Json && !text.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || doc.isNull())
            return u"not a JSON array or object"_s;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> RecordCheck::valueProblem(const FieldSpec& field, const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return field.nullable() ? std::nullopt : std::optional<QString>(u"may not be null"_s);
    switch (field.kind) {
    case FieldKind::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > kMaxExactInteger)
            return u"expected a whole number"_s;
        return std::nullopt;
    }
    case FieldKind::Boolean:
        return value.isBool() ? std::nullopt : std::optional<QString>(u"expected true or false"_s);
    case FieldKind::Text:
    case FieldKind::Json:
        break;
    }
    if (auto problem = textProblem(field, value))
        return problem;
    if (field.required && value.toString().isEmpty())
        return u"may not be empty"_s;
    return std::nullopt;
}

std::optional<FieldProblem> RecordCheck::values(const RecordType& type, const QJsonObject& values) {
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldSpec* field = type.field(it.key());
        if (!field)
            return FieldProblem{it.key(), u"not a field of %1"_s.arg(type.table)};
        if (auto problem = valueProblem(*field, it.value()))
            return FieldProblem{it.key(), *problem};
    }
    return std::nullopt;
}

std::optional<FieldProblem> RecordCheck::record(const RecordType& type, const QJsonObject& values) {
    for (const FieldSpec& field : type.fields) {
        if (field.required && !values.contains(field.column))
            return FieldProblem{field.column, u"is required"_s};
    }
    return RecordCheck::values(type, values);
}

QList<NamedRecord> RecordCheck::references(const RecordType& type, const QJsonObject& values,
                                           const QJsonObject& stored) {
    QList<NamedRecord> named;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldSpec* field = type.field(it.key());
        const QString id = it.value().toString();
        if (!field || id.isEmpty())
            continue;
        QString table = field->references;
        if (!field->referencesTableIn.isEmpty())
            table = values.value(field->referencesTableIn).toString(stored.value(field->referencesTableIn).toString());
        if (!table.isEmpty())
            named.append({it.key(), table, id});
    }
    return named;
}

} // namespace Fieldbook
