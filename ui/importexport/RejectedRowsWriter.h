#pragma once

#include "common/Error.h"
#include "services/ImportReport.h"
#include "services/WorkProgress.h"

#include <QCoreApplication>

namespace Fieldbook {

/// Saves the rows an import rejected as a CSV file to fix and import again: for a CSV source the
/// original columns of each rejected row, then its row number and the reason.
class RejectedRowsWriter final {
    Q_DECLARE_TR_FUNCTIONS(RejectedRowsWriter)

public:
    /// `sourcePath` is the imported file when it was a CSV file, empty otherwise. Writes through a
    /// QSaveFile, so a cancel or failure leaves no partial file behind.
    [[nodiscard]] static Result<void> write(const QString& outputPath, const QList<RejectedRow>& rejected,
                                            const QString& sourcePath, const ProgressFn& progress = {});
};

} // namespace Fieldbook
