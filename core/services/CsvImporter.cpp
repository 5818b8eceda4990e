#include "CsvImporter.h"

#include "ImportColumns.h"
#include "ImportReferences.h"
#include "ImportRow.h"
#include "ImportRowWriter.h"
#include "InputFile.h"
#include "io/CsvReader.h"
#include "store/db/Database.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kProgressEveryRows = 500;

/// Runs the rows of one import inside the caller's transaction and tallies the report.
class CsvImportRun final {
public:
    CsvImportRun(Database& db, const ImportRequest& request, const ImportColumns& columns, CsvReader& reader,
                 const ProgressFn& progress)
        : m_columns(columns)
        , m_reader(reader)
        , m_progress(progress)
        , m_references(db)
        , m_writer(ImportRowWriter::create(request.type, db, m_references)) {}

    Result<void> run() {
        int lastRow = 1;
        for (;;) {
            auto next = m_reader.next();
            if (!next) {
                if (!m_reader.canContinue()) {
                    m_readerFailed = true;
                    return std::unexpected(next.error());
                }
                // A malformed row: the reader has skipped it (its message names the exact row).
                m_report.rejected.append({++lastRow, next.error().message});
                continue;
            }
            if (!*next)
                break;
            ImportRow row(m_columns, std::move(**next));
            lastRow = row.number();
            if (auto ok = write(row, true); !ok)
                return ok;
            if (++m_rows % kProgressEveryRows == 0 && !reportProgress())
                return cancelled();
        }
        if (auto ok = writeDeferred(); !ok)
            return ok;
        if (!reportProgress())
            return cancelled();
        return {};
    }

    /// True when the run stopped because the file could not be read (not because the store failed).
    bool readerFailed() const { return m_readerFailed; }

    ImportReport report() {
        std::stable_sort(m_report.rejected.begin(), m_report.rejected.end(),
                         [](const RejectedRow& a, const RejectedRow& b) { return a.row < b.row; });
        return m_report;
    }

private:
    Result<void> write(const ImportRow& row, bool mayDefer) {
        auto result = m_writer->write(row, mayDefer);
        if (!result)
            return std::unexpected(result.error());
        switch (result->outcome) {
        case ImportRowWriter::Outcome::Inserted:
            ++m_report.imported;
            break;
        case ImportRowWriter::Outcome::Updated:
            ++m_report.updated;
            break;
        case ImportRowWriter::Outcome::Deferred:
            m_deferred.append(row);
            break;
        case ImportRowWriter::Outcome::Rejected:
            m_report.rejected.append({row.number(), result->reason});
            break;
        }
        return {};
    }

    /// Rows that named a parent or manager not seen yet: retried while that makes progress, so that
    /// chains in any order resolve; what is left is rejected.
    Result<void> writeDeferred() {
        bool progressed = true;
        while (!m_deferred.isEmpty() && progressed) {
            const QList<ImportRow> rows = std::exchange(m_deferred, {});
            for (const auto& row : rows) {
                if (auto ok = write(row, true); !ok)
                    return ok;
            }
            progressed = m_deferred.size() < rows.size();
        }
        const QList<ImportRow> rows = std::exchange(m_deferred, {});
        for (const auto& row : rows) {
            if (auto ok = write(row, false); !ok)
                return ok;
        }
        return {};
    }

    bool reportProgress() const {
        return !m_progress || m_progress(WorkProgress{m_rows, -1, m_reader.bytesRead(), m_reader.totalBytes()});
    }

    static Result<void> cancelled() {
        return fail(ErrorCode::Cancelled, CsvImporter::tr("The import was cancelled; nothing was imported."));
    }

    const ImportColumns& m_columns;
    CsvReader& m_reader;
    const ProgressFn& m_progress;
    ImportReferences m_references;
    std::unique_ptr<ImportRowWriter> m_writer;
    QList<ImportRow> m_deferred;
    ImportReport m_report;
    qint64 m_rows = 0;
    bool m_readerFailed = false;
};

} // namespace

Result<ImportReport> CsvImporter::run(Database& db, const ImportRequest& request, const ProgressFn& progress) {
    QFile file;
    QIODevice* device = request.device;
    if (!device) {
        if (auto opened = InputFile::open(request.path, file); !opened)
            return std::unexpected(opened.error());
        device = &file;
    }
    CsvReader reader(device);
    auto header = reader.header();
    if (!header)
        return std::unexpected(header.error());
    auto columns = ImportColumns::resolve(request.type, *header, request.fieldMap, request.valueMap);
    if (!columns)
        return std::unexpected(columns.error());

    CsvImportRun importRun(db, request, *columns, reader, progress);
    bool dryRunRolledBack = false;
    auto ok = db.transaction([&]() -> Result<void> {
        if (auto done = importRun.run(); !done)
            return done;
        if (request.dryRun) {
            dryRunRolledBack = true;
            return fail(ErrorCode::Cancelled, tr("Dry run: nothing was imported."));
        }
        return {};
    });
    if (!ok && !dryRunRolledBack) {
        Error error = ok.error();
        // An I/O failure of the database file is a store failure, not a problem of the CSV file.
        if (error.code == ErrorCode::Io && !importRun.readerFailed())
            error.code = ErrorCode::Database;
        return std::unexpected(std::move(error));
    }
    return importRun.report();
}

} // namespace Fieldbook
