#pragma once

#include "services/WorkProgress.h"

#include <QCoreApplication>
#include <QString>

namespace Fieldbook {

/// What long work is doing, for its progress line.
enum class WorkKind { DryRun, Import, Export, Generate };

/// Progress lines such as "Imported 12,345 of ~50,000 rows" (numbers in the UI locale, plural
/// forms through %n) and the fraction done for a progress bar.
class ProgressText final {
    Q_DECLARE_TR_FUNCTIONS(ProgressText)

public:
    static QString describe(WorkKind kind, const WorkProgress& progress);
    /// 0..1000, or -1 when the total is unknown (the bar then shows activity only).
    static int permille(const WorkProgress& progress);
    /// The expected number of records: the total if known, else extrapolated from the bytes read.
    static qint64 estimatedTotal(const WorkProgress& progress);

private:
    static QString withTotal(WorkKind kind, const QString& done, int total, bool estimated);
    static QString withoutTotal(WorkKind kind, int done);
};

} // namespace Fieldbook
