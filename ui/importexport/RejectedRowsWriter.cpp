#include "RejectedRowsWriter.h"

#include "store/db/StoreFiles.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "services/InputFile.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kProgressEvery = 1000;

/// Copies the rejected rows of `sourcePath`, followed by the rows the reader could not parse.
Result<void> copyRejected(CsvWriter& writer, const QString& sourcePath, const QMap<int, QString>& reasons,
                          const ProgressFn& progress) {
    QFile source;
    if (auto opened = InputFile::open(sourcePath, source); !opened)
        return opened;
    CsvReader reader(&source);
    auto header = reader.header();
    if (!header)
        return std::unexpected(header.error());
    const QStringList extra{RejectedRowsWriter::tr("row"), RejectedRowsWriter::tr("problem")};
    if (auto ok = writer.writeRow(*header + extra); !ok)
        return ok;
    QSet<int> copied;
    qint64 done = 0;
    while (reader.canContinue()) {
        auto next = reader.next();
        if (!next)
            continue; // an unreadable row: written below with its reason only
        if (!*next)
            break;
        const CsvRecord& record = **next;
        if (const auto reason = reasons.constFind(record.row); reason != reasons.cend()) {
            QStringList fields = record.fields;
            fields.resize(header->size());
            if (auto ok = writer.writeRow(fields + QStringList{QString::number(record.row), *reason}); !ok)
                return ok;
            copied.insert(record.row);
        }
        if (++done % kProgressEvery == 0 && progress &&
            !progress(WorkProgress{done, -1, reader.bytesRead(), reader.totalBytes()}))
            return fail(ErrorCode::Cancelled, RejectedRowsWriter::tr("Saving the rejected rows was cancelled."));
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        if (copied.contains(it.key()))
            continue;
        QStringList fields(header->size());
        if (auto ok = writer.writeRow(fields + QStringList{QString::number(it.key()), it.value()}); !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<void> RejectedRowsWriter::write(const QString& outputPath, const QList<RejectedRow>& rejected,
                                       const QString& sourcePath, const ProgressFn& progress) {
    QMap<int, QString> reasons;
    for (const auto& row : rejected) {
        QString& reason = reasons[row.row];
        reason = reason.isEmpty() ? row.reason : reason + u"; "_s + row.reason;
    }
    if (auto refused = StoreFiles::refuse(outputPath); !refused)
        return refused;
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString()));
    CsvWriter writer(&file);
    if (!sourcePath.isEmpty()) {
        if (auto ok = copyRejected(writer, sourcePath, reasons, progress); !ok)
            return ok;
    } else {
        if (auto ok = writer.writeRow({tr("line"), tr("problem")}); !ok)
            return ok;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
            if (auto ok = writer.writeRow({QString::number(it.key()), it.value()}); !ok)
                return ok;
        }
    }
    if (!file.commit())
        return fail(ErrorCode::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString()));
    return {};
}

} // namespace Fieldbook
