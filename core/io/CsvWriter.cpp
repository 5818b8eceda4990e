#include "CsvWriter.h"

#include <QIODevice>

namespace Fieldbook {

CsvWriter::CsvWriter(QIODevice* device)
    : CsvWriter(device, Options{}) {}

CsvWriter::CsvWriter(QIODevice* device, Options options)
    : m_device(device)
    , m_options(options) {}

Result<void> CsvWriter::writeRow(const QStringList& fields) {
    if (!m_device || !m_device->isWritable())
        return fail(ErrorCode::Io, tr("The CSV file is not open for writing."));
    QByteArray bytes;
    if (!m_started && m_options.writeBom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += encodeRow(fields);
    if (m_device->write(bytes) != bytes.size())
        return fail(ErrorCode::Io, tr("The CSV file could not be written: %1").arg(m_device->errorString()));
    m_started = true;
    return {};
}

QByteArray CsvWriter::encodeRow(const QStringList& fields) {
    if (fields.size() == 1 && fields.front().isEmpty())
        return QByteArrayLiteral("\"\"\r\n");
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += encodeField(fields.at(i));
    }
    row += "\r\n";
    return row;
}

QByteArray CsvWriter::encodeField(const QString& field) {
    QByteArray bytes = field.toUtf8();
    const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!needsQuotes)
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

} // namespace Fieldbook
