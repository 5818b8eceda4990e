#pragma once

#include <QStringList>

namespace Fieldbook {

/// One data row of a CSV file. `row` counts records the way a spreadsheet numbers its rows: the
/// header is row 1, the first data row is row 2, blank lines count, and a quoted field spanning
/// several lines still makes one row.
struct CsvRecord {
    int row = 0;
    QStringList fields;

    /// The field in `column` (0-based), or an empty string if there is none.
    QString value(qsizetype column) const {
        return column >= 0 && column < fields.size() ? fields.at(column) : QString();
    }
    friend bool operator==(const CsvRecord&, const CsvRecord&) = default;
};

} // namespace Fieldbook
