#include "RecordLabels.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "domain/Contact.h"
#include "protocol/RecordType.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kMaxReferenceDepth = 3; ///< a line names itself by its quote, the quote by its number

QString ownLabel(const RecordLabel& label, const QVariantList& values) {
    if (label.personName && values.size() >= 2) {
        Contact person; // as everywhere else: family name first for CJK names
        person.firstName = values.at(0).toString();
        person.lastName = values.at(1).toString();
        return person.displayName();
    }
    QStringList parts;
    for (qsizetype i = 0; i < label.columns.size() && i < values.size(); ++i) {
        const QString text = values.at(i).toString().simplified();
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(u" · "_s);
}

/// The field naming the table that the label's reference points into, for a reference into one of
/// several tables (FieldSpec::referencesTableIn); empty otherwise.
QString tableFieldOf(const RecordType& type) {
    const FieldSpec* reference = type.label.reference.isEmpty() ? nullptr : type.field(type.label.reference);
    return reference ? reference->referencesTableIn : QString();
}

} // namespace

RecordLabels::RecordLabels(Database& db)
    : m_db(db) {}

Result<QString> RecordLabels::labelOf(const QString& table, const QString& id) const {
    return labelOf(table, id, 0);
}

Result<QString> RecordLabels::labelOf(const RecordType& type, const QJsonObject& values) const {
    QVariantList own;
    for (const QString& column : type.label.columns)
        own.append(values.value(column).toVariant());
    const QString label = ownLabel(type.label, own);
    if (!label.isEmpty() || type.label.reference.isEmpty())
        return label;
    const QString tableField = tableFieldOf(type);
    const QString target = tableField.isEmpty() ? type.labelReferences() : values.value(tableField).toString();
    return labelOf(target, values.value(type.label.reference).toString(), 1);
}

Result<QString> RecordLabels::fieldText(const QString& table, const QString& id, const QString& column) const {
    const RecordType* type = RecordType::find(table);
    if (!type || !type->field(column))
        return QString();
    // Table and column come from the declaration, never from data.
    auto value = m_db.connection().scalar(u"SELECT "_s + column + u" FROM "_s + type->table + u" WHERE id = ?"_s, {id},
                                          u"read a field"_s);
    if (!value)
        return std::unexpected(value.error());
    return value->toString();
}

Result<QString> RecordLabels::labelOf(const QString& table, const QString& id, int depth) const {
    const RecordType* type = RecordType::find(table);
    if (!type)
        return id;
    const RecordLabel& label = type->label;
    QStringList columns = label.columns;
    const QString tableField = tableFieldOf(*type);
    if (!label.reference.isEmpty())
        columns.append(label.reference);
    if (!tableField.isEmpty())
        columns.append(tableField);
    if (columns.isEmpty())
        return QString();
    // Table and columns come from the declaration, never from data.
    auto row = m_db.connection().firstRow(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + type->table +
                                              u" WHERE id = ?"_s,
                                          {id}, u"name a record"_s);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return QString();
    const QString own = ownLabel(label, **row);
    if (!own.isEmpty() || label.reference.isEmpty() || depth >= kMaxReferenceDepth)
        return own;
    // The referenced table is declared, or (an attachment's record) named by a declared field.
    const QString target =
        tableField.isEmpty() ? type->labelReferences() : (*row)->value(label.columns.size() + 1).toString();
    return labelOf(target, (*row)->value(label.columns.size()).toString(), depth + 1);
}

} // namespace Fieldbook
