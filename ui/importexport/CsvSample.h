#pragma once

#include "common/Error.h"
#include "io/CsvRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Fieldbook {

/// The header and first rows of a CSV file, read once when the import wizard opens the file: the
/// mapping preview and the picklist value lists come from it, the import itself reads the file again.
class CsvSample final {
    Q_DECLARE_TR_FUNCTIONS(CsvSample)

public:
    static constexpr int kMaxRows = 5000;

    /// Fails with the reader's message (which names row and column) when the header is unreadable
    /// or the sample runs into a problem that makes the rest of the file unreadable.
    [[nodiscard]] static Result<CsvSample> read(const QString& path, int maxRows = kMaxRows);

    const QStringList& header() const { return m_header; }
    const QList<CsvRecord>& rows() const { return m_rows; }
    /// Row-level problems inside the sample (those rows will be rejected by the import).
    const QStringList& problems() const { return m_problems; }
    /// True when the sample holds the whole file.
    bool isComplete() const { return m_complete; }

    /// Distinct non-empty values (trimmed, compared ignoring case) of `column` and how often each
    /// occurs, most frequent first; at most `limit` of them.
    QList<QPair<QString, int>> distinctValues(qsizetype column, int limit) const;

private:
    QStringList m_header;
    QList<CsvRecord> m_rows;
    QStringList m_problems;
    bool m_complete = false;
};

} // namespace Fieldbook
