#pragma once

#include "ExportRequest.h"
#include "WorkProgress.h"
#include "common/Error.h"

#include <QCoreApplication>

#include <optional>

namespace Fieldbook {

class Database;

/// Writes live contacts or accounts as CSV, JSON or vCard, streaming page by page in storage
/// order so that 100k records never sit in memory at once. Returns the number of records written.
class RecordExporter final {
    Q_DECLARE_TR_FUNCTIONS(RecordExporter)

public:
    static constexpr int kPageSize = 1000;

    [[nodiscard]] static Result<qint64> run(Database& db, const ExportRequest& request,
                                            const ProgressFn& progress = {});
    /// The export of the records of `table` (as the command line names them), if they can be exported.
    [[nodiscard]] static std::optional<ExportRecordType> typeOf(const QString& table);
};

} // namespace Fieldbook
