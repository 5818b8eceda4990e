#include "ImportColumns.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

qsizetype findColumn(const QStringList& header, const QString& column) {
    if (const qsizetype exact = header.indexOf(column); exact >= 0)
        return exact;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    const QString key = ImportSchema::headerKey(column);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (ImportSchema::headerKey(header.at(i)) == key)
            return i;
    }
    return -1;
}

} // namespace

Result<ImportColumns> ImportColumns::resolve(ImportRecordType type, const QStringList& header,
                                             const QHash<QString, QString>& fieldMap,
                                             const QList<ValueMapping>& valueMap) {
    const QStringList fields = ImportSchema::fields(type);
    const QString typeName = ImportSchema::typeName(type);
    auto unknownField = [&](const QString& field) {
        return fail(ErrorCode::InvalidInput,
                    tr("unknown field '%1' for %2; fields: %3").arg(field, typeName, fields.join(u", "_s)));
    };
    for (auto it = fieldMap.cbegin(); it != fieldMap.cend(); ++it) {
        if (!fields.contains(it.key()))
            return unknownField(it.key());
    }
    ImportColumns columns;
    for (const auto& field : fields) {
        qsizetype index = -1;
        if (fieldMap.contains(field)) {
            const QString wanted = fieldMap.value(field);
            // An empty column name leaves the field out, even when a column would match it by default.
            index = wanted.isEmpty() ? -1 : findColumn(header, wanted);
            if (index < 0 && !wanted.isEmpty())
                return fail(ErrorCode::NotFound, tr("the file has no column '%1' (mapped to the field '%2'); its "
                                                    "columns are: %3")
                                                     .arg(wanted, field, header.join(u", "_s)));
        } else {
            index = ImportSchema::defaultColumn(type, field, header);
        }
        if (index >= 0) {
            columns.m_columns.insert(field, index);
            columns.m_mappedFields.append(field);
        }
    }
    if (columns.m_mappedFields.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("no column of the file matches a field of %1; map them with --map field=column (columns: %2; "
                       "fields: %3)")
                        .arg(typeName, header.join(u", "_s), fields.join(u", "_s)));
    for (const auto& mapping : valueMap) {
        if (!fields.contains(mapping.field))
            return unknownField(mapping.field);
        columns.m_values[mapping.field].insert(mapping.source.trimmed().toLower(), mapping.target.trimmed());
    }
    return columns;
}

QString ImportColumns::mapValue(const QString& field, const QString& raw) const {
    const auto map = m_values.constFind(field);
    if (map == m_values.cend())
        return raw;
    if (const auto target = map->constFind(raw.toLower()); target != map->cend())
        return *target;
    // "*" stands for every other value that is not empty (--value-map 'role:*=manager').
    const auto other = map->constFind(u"*"_s);
    return other == map->cend() || raw.isEmpty() ? raw : *other;
}

} // namespace Fieldbook
