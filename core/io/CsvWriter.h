#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Fieldbook {

/// Writes RFC 4180 CSV in UTF-8: CRLF line ends, fields quoted only when they contain a comma, a
/// quote or a line break, and an optional byte-order mark (off by default; Excel wants it on).
class CsvWriter final {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options {
        bool writeBom = false;
    };

    /// Writes to `device`, which must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice* device);
    CsvWriter(QIODevice* device, Options options);

    /// Appends one row (the BOM first, if asked for, before the first row).
    [[nodiscard]] Result<void> writeRow(const QStringList& fields);

    /// One row as bytes, CRLF included. A row of one empty field is written as `""` so that it is
    /// not mistaken for a blank line.
    [[nodiscard]] static QByteArray encodeRow(const QStringList& fields);
    /// One field as bytes, quoted only if needed.
    [[nodiscard]] static QByteArray encodeField(const QString& field);

private:
    QIODevice* m_device;
    Options m_options;
    bool m_started = false;
};

} // namespace Fieldbook
