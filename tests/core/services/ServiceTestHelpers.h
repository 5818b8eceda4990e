#pragma once

#include "services/CsvImporter.h"
#include "services/RecordExporter.h"

#include <QBuffer>

namespace Fieldbook::Test {

/// Imports CSV text held in memory.
inline Result<ImportReport> importCsv(Database& db, ImportRecordType type, const QByteArray& csv,
                                      ImportRequest request = {}, const ProgressFn& progress = {}) {
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    request.type = type;
    request.device = &buffer;
    return CsvImporter::run(db, request, progress);
}

/// Exports into memory; empty on failure.
inline QByteArray exportText(Database& db, ExportRecordType type, ExportFormat format) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = RecordExporter::run(db, ExportRequest{type, format, &buffer});
    return written ? buffer.data() : QByteArray();
}

} // namespace Fieldbook::Test
