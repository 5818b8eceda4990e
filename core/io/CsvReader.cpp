#include "CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <utility>

namespace Fieldbook {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr int WaitForDataMs = 30000;

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : CsvReader(device, Limits{}) {}

CsvReader::CsvReader(QIODevice* device, Limits limits)
    : m_device(device)
    , m_limits(limits) {}

qint64 CsvReader::totalBytes() const {
    return m_device && !m_device->isSequential() ? m_device->size() : -1;
}

Result<QStringList> CsvReader::header() {
    if (m_header)
        return *m_header;
    if (m_fatal)
        return std::unexpected(*m_fatal);
    if (!m_device || !m_device->isReadable())
        return std::unexpected(setFatal({ErrorCode::Io, tr("The CSV file is not open for reading."), {}}));
    if (!checkStart())
        return std::unexpected(*m_fatal);

    RawRecord record;
    Outcome outcome = Outcome::End;
    do {
        outcome = readRecord(record);
    } while (outcome == Outcome::Record && record.blank);
    if (outcome == Outcome::Fatal)
        return std::unexpected(*m_fatal);
    if (outcome == Outcome::End)
        return std::unexpected(
            setFatal({ErrorCode::InvalidInput, tr("The CSV file is empty; its first row must name the columns."), {}}));
    if (record.problem != Problem::None)
        return std::unexpected(setFatal(problemError(record, m_row)));
    auto names = decode(record, m_row);
    if (!names)
        return std::unexpected(setFatal(names.error()));
    m_header = *names;
    return *m_header;
}

Result<std::optional<CsvRecord>> CsvReader::next() {
    if (auto names = header(); !names)
        return std::unexpected(names.error());
    if (m_fatal)
        return std::unexpected(*m_fatal);

    RawRecord record;
    for (;;) {
        const Outcome outcome = readRecord(record);
        if (outcome == Outcome::End)
            return std::optional<CsvRecord>();
        if (outcome == Outcome::Fatal)
            return std::unexpected(*m_fatal);
        if (!record.blank)
            break;
    }
    if (record.problem != Problem::None)
        return std::unexpected(problemError(record, m_row));
    if (record.fields.size() != m_header->size())
        return fail(ErrorCode::InvalidInput,
                    tr("Row %1 has %2 fields, but the header row has %3 columns.")
                        .arg(m_row)
                        .arg(record.fields.size())
                        .arg(m_header->size()),
                    QStringLiteral("line %1").arg(record.firstLine));
    auto fields = decode(record, m_row);
    if (!fields)
        return std::unexpected(fields.error());
    return std::optional<CsvRecord>(CsvRecord{m_row, std::move(*fields)});
}

bool CsvReader::checkStart() {
    if (m_started)
        return !m_fatal;
    m_started = true;
    if (!fill())
        return !m_fatal;
    const QByteArrayView head(m_buffer);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        setFatal({ErrorCode::InvalidInput,
                  tr("The CSV file is encoded as UTF-16; save it as \"CSV UTF-8\" and try again."),
                  {}});
        return false;
    }
    if (head.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    return true;
}

bool CsvReader::fill() {
    if (m_eof)
        return false;
    m_consumed += m_buffer.size();
    m_pos = 0;
    m_buffer.resize(ChunkSize);
    qint64 n = m_device->read(m_buffer.data(), ChunkSize);
    if (n == 0 && m_device->isSequential() && m_device->waitForReadyRead(WaitForDataMs))
        n = m_device->read(m_buffer.data(), ChunkSize);
    if (n <= 0) {
        m_buffer.clear();
        m_eof = true;
        if (n < 0)
            setFatal({ErrorCode::Io, tr("The CSV file could not be read: %1").arg(m_device->errorString()),
                      QStringLiteral("after %1 bytes").arg(m_consumed)});
        return false;
    }
    m_buffer.resize(n);
    return true;
}

int CsvReader::peek() {
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

CsvReader::Outcome CsvReader::readRecord(RawRecord& record) {
    record = RawRecord{};
    if (m_fatal)
        return Outcome::Fatal;
    if (peek() < 0)
        return m_fatal ? Outcome::Fatal : Outcome::End;
    ++m_row;
    record.firstLine = m_line;

    QByteArray field;
    qsizetype rowBytes = 0;
    bool quoted = false; // the current field was quoted and its closing quote has been read
    auto finishField = [&] {
        if (record.fields.size() >= m_limits.maxColumns)
            note(record, Problem::TooManyColumns);
        else
            record.fields.append(std::exchange(field, QByteArray()));
        field.clear();
    };
    for (;;) {
        const int c = peek();
        if (c < 0) {
            if (m_fatal)
                return Outcome::Fatal;
            finishField();
            return Outcome::Record;
        }
        ++m_pos;
        switch (c) {
        case ',':
            finishField();
            quoted = false;
            break;
        case '\r':
            if (peek() == '\n')
                ++m_pos;
            [[fallthrough]];
        case '\n':
            ++m_line;
            record.blank = !quoted && record.fields.isEmpty() && field.isEmpty();
            finishField();
            return Outcome::Record;
        case '"':
            if (field.isEmpty() && !quoted) {
                quoted = true;
                if (readQuoted(record, field, rowBytes) == Outcome::Fatal)
                    return Outcome::Fatal;
            } else {
                note(record, Problem::StrayQuote);
                appendByte(record, field, rowBytes, '"');
            }
            break;
        case '\0':
            return binaryData(record);
        default:
            if (quoted)
                note(record, Problem::TextAfterQuote);
            appendByte(record, field, rowBytes, static_cast<char>(c));
            break;
        }
    }
}

CsvReader::Outcome CsvReader::readQuoted(RawRecord& record, QByteArray& field, qsizetype& rowBytes) {
    const int startLine = m_line;
    for (;;) {
        const int c = peek();
        if (c < 0) {
            if (!m_fatal)
                setFatal({ErrorCode::InvalidInput,
                          tr("Row %1, column %2: a quoted field is never closed; the file ends inside it.")
                              .arg(m_row)
                              .arg(record.fields.size() + 1),
                          QStringLiteral("quote opened on line %1").arg(startLine)});
            return Outcome::Fatal;
        }
        ++m_pos;
        if (c == '"') {
            if (peek() != '"')
                return Outcome::Record;
            ++m_pos;
            appendByte(record, field, rowBytes, '"');
        } else if (c == '\r' || c == '\n') {
            // Embedded line breaks are returned as "\n" whatever the file used.
            if (c == '\r' && peek() == '\n')
                ++m_pos;
            ++m_line;
            appendByte(record, field, rowBytes, '\n');
        } else if (c == '\0') {
            return binaryData(record);
        } else {
            appendByte(record, field, rowBytes, static_cast<char>(c));
        }
    }
}

CsvReader::Outcome CsvReader::binaryData(const RawRecord& record) {
    setFatal({ErrorCode::InvalidInput,
              tr("Row %1, column %2: the file contains binary data (a NUL byte); it is not a CSV text file.")
                  .arg(m_row)
                  .arg(record.fields.size() + 1),
              QStringLiteral("line %1, byte offset %2").arg(m_line).arg(bytesRead() - 1)});
    return Outcome::Fatal;
}

void CsvReader::appendByte(RawRecord& record, QByteArray& field, qsizetype& rowBytes, char c) {
    // Past a limit the rest is still parsed, to find where the row ends, but no longer stored.
    if (++rowBytes > m_limits.maxRowBytes)
        note(record, Problem::RowTooLong);
    else if (field.size() >= m_limits.maxFieldBytes)
        note(record, Problem::FieldTooLong);
    else
        field.append(c);
}

void CsvReader::note(RawRecord& record, Problem problem) {
    if (record.problem != Problem::None)
        return;
    record.problem = problem;
    record.problemColumn = record.fields.size() + 1;
}

Result<QStringList> CsvReader::decode(const RawRecord& record, int row) const {
    QStringList fields;
    fields.reserve(record.fields.size());
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    for (qsizetype column = 0; column < record.fields.size(); ++column) {
        fields.append(decoder.decode(record.fields.at(column)));
        if (decoder.hasError())
            return fail(ErrorCode::InvalidInput,
                        tr("Row %1, column %2: the text is not valid UTF-8; save the file as \"CSV UTF-8\" "
                           "and try again.")
                            .arg(row)
                            .arg(column + 1),
                        QStringLiteral("line %1").arg(record.firstLine));
    }
    return fields;
}

Error CsvReader::problemError(const RawRecord& record, int row) const {
    const QString detail = QStringLiteral("line %1").arg(record.firstLine);
    const auto column = record.problemColumn;
    switch (record.problem) {
    case Problem::StrayQuote:
        return {ErrorCode::InvalidInput,
                tr("Row %1, column %2: a quote character appears inside a field that does not start with a "
                   "quote; quote the whole field and double the quotes inside it.")
                    .arg(row)
                    .arg(column),
                detail};
    case Problem::TextAfterQuote:
        return {ErrorCode::InvalidInput,
                tr("Row %1, column %2: there is text after the closing quote of the field.").arg(row).arg(column),
                detail};
    case Problem::FieldTooLong:
        return {ErrorCode::InvalidInput,
                tr("Row %1, column %2: the field is longer than the limit of %3 bytes.")
                    .arg(row)
                    .arg(column)
                    .arg(m_limits.maxFieldBytes),
                detail};
    case Problem::RowTooLong:
        return {ErrorCode::InvalidInput,
                tr("Row %1: the row is longer than the limit of %2 bytes.").arg(row).arg(m_limits.maxRowBytes), detail};
    case Problem::TooManyColumns:
        return {ErrorCode::InvalidInput,
                tr("Row %1: the row has more than %2 columns.").arg(row).arg(m_limits.maxColumns), detail};
    case Problem::None:
        break;
    }
    return {ErrorCode::InvalidInput, {}, detail};
}

Error CsvReader::setFatal(Error error) {
    m_fatal = error;
    return error;
}

} // namespace Fieldbook
