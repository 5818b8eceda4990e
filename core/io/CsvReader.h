#pragma once

#include "common/Error.h"
#include "io/CsvRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Fieldbook {

/// Streaming RFC 4180 reader: UTF-8 (BOM optional), comma-separated, a header row of column names.
///
/// Rows are numbered as in a spreadsheet (header = row 1, see CsvRecord). Blank lines are skipped
/// but counted. Newlines inside quoted fields are returned as "\n" whatever the file used.
///
/// Errors carry ErrorCode::InvalidInput (ErrorCode::Io for read failures) and a translated message
/// that starts with "Row R" or "Row R, column C". After a row-level problem (wrong field count,
/// invalid UTF-8, stray quote, oversize field or row) next() may be called again and continues with
/// the following row; after a problem that makes the rest unreadable (unterminated quote, binary
/// data, read failure) canContinue() is false and next() repeats the error.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Input size limits; anything larger is reported, never loaded.
    struct Limits {
        qsizetype maxFieldBytes = 1 << 20;
        qsizetype maxRowBytes = 8 << 20;
        qsizetype maxColumns = 4096;
    };

    /// Reads from `device`, which must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice* device);
    CsvReader(QIODevice* device, Limits limits);

    /// The column names of the first row; read on first call, then cached.
    [[nodiscard]] Result<QStringList> header();
    /// The next data row, std::nullopt at the end of the file. Reads the header first if needed.
    [[nodiscard]] Result<std::optional<CsvRecord>> next();

    /// False once an error has made the rest of the file unreadable.
    bool canContinue() const { return !m_fatal.has_value(); }
    /// Bytes consumed so far, for progress display.
    qint64 bytesRead() const { return m_consumed + m_pos; }
    /// The size of the input in bytes, or -1 if the device is sequential.
    qint64 totalBytes() const;

private:
    enum class Problem { None, StrayQuote, TextAfterQuote, FieldTooLong, RowTooLong, TooManyColumns };
    enum class Outcome { Record, End, Fatal };
    struct RawRecord {
        QList<QByteArray> fields;
        Problem problem = Problem::None;
        qsizetype problemColumn = 0; // 1-based
        bool blank = false;
        int firstLine = 0;
    };

    Outcome readRecord(RawRecord& record);
    Outcome readQuoted(RawRecord& record, QByteArray& field, qsizetype& rowBytes);
    void appendByte(RawRecord& record, QByteArray& field, qsizetype& rowBytes, char c);
    Outcome binaryData(const RawRecord& record);
    static void note(RawRecord& record, Problem problem);
    bool fill();
    int peek();
    bool checkStart();
    Result<QStringList> decode(const RawRecord& record, int row) const;
    Error problemError(const RawRecord& record, int row) const;
    Error setFatal(Error error);

    QIODevice* m_device;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes of earlier buffers
    bool m_started = false;
    bool m_eof = false;
    int m_line = 1; // physical line of the next byte, for the log
    int m_row = 0;  // spreadsheet row of the last record read
    std::optional<QStringList> m_header;
    std::optional<Error> m_fatal;
};

} // namespace Fieldbook
