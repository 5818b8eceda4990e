#pragma once

#include "ImportRequest.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Fieldbook {

/// Which CSV column feeds which field, and the picklist value maps: resolved once per import from
/// the header, the default mapping and the caller's overrides.
class ImportColumns final {
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)

public:
    /// Fails (InvalidInput) for a field the type does not have, or (NotFound) for a mapped column
    /// the header does not contain, or when no column maps to any field.
    [[nodiscard]] static Result<ImportColumns> resolve(ImportRecordType type, const QStringList& header,
                                                       const QHash<QString, QString>& fieldMap,
                                                       const QList<ValueMapping>& valueMap);
    /// The 0-based column of `field`, -1 when the file has none.
    qsizetype column(const QString& field) const { return m_columns.value(field, -1); }
    /// `raw` translated through the value map of `field` (if any); its source "*" maps every other
    /// value that is not empty.
    QString mapValue(const QString& field, const QString& raw) const;
    /// Fields with a column, in schema order.
    QStringList mappedFields() const { return m_mappedFields; }

private:
    QHash<QString, qsizetype> m_columns;
    QStringList m_mappedFields;
    QHash<QString, QHash<QString, QString>> m_values; ///< field -> lower-case source -> target
};

} // namespace Fieldbook
