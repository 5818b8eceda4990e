#pragma once

#include "ImportColumns.h"
#include "io/CsvRecord.h"

namespace Fieldbook {

/// One CSV row seen through the column mapping: values are trimmed and value-mapped.
class ImportRow final {
public:
    ImportRow(const ImportColumns& columns, CsvRecord record)
        : m_columns(&columns)
        , m_record(std::move(record)) {}

    /// The spreadsheet row number (header = 1).
    int number() const { return m_record.row; }
    /// True when the file has a column for `field`; an empty cell in it clears the field.
    bool has(const QString& field) const { return m_columns->column(field) >= 0; }
    /// The cell for `field`, trimmed and translated by the value map; empty when there is no column.
    QString value(const QString& field) const {
        const qsizetype column = m_columns->column(field);
        if (column < 0)
            return {};
        return m_columns->mapValue(field, m_record.value(column).trimmed());
    }

private:
    const ImportColumns* m_columns;
    CsvRecord m_record;
};

} // namespace Fieldbook
