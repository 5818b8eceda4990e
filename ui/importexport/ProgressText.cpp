#include "ProgressText.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace Fieldbook {

namespace {

int toInt(qint64 value) {
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

} // namespace

qint64 ProgressText::estimatedTotal(const WorkProgress& progress) {
    if (progress.total >= 0)
        return progress.total;
    if (progress.totalBytes > 0 && progress.bytesRead > 0 && progress.done > 0) {
        const double perByte = double(progress.done) / double(progress.bytesRead);
        return std::max(progress.done, qint64(perByte * double(progress.totalBytes) + 0.5));
    }
    return -1;
}

int ProgressText::permille(const WorkProgress& progress) {
    if (progress.total > 0)
        return int(std::clamp<qint64>(progress.done * 1000 / progress.total, 0, 1000));
    if (progress.total == 0)
        return 1000;
    if (progress.totalBytes > 0)
        return int(std::clamp<qint64>(progress.bytesRead * 1000 / progress.totalBytes, 0, 1000));
    return -1;
}

QString ProgressText::describe(WorkKind kind, const WorkProgress& progress) {
    const qint64 total = estimatedTotal(progress);
    if (total < 0)
        return withoutTotal(kind, toInt(progress.done));
    return withTotal(kind, QLocale().toString(progress.done), toInt(total), progress.total < 0);
}

QString ProgressText::withTotal(WorkKind kind, const QString& done, int total, bool estimated) {
    switch (kind) {
    case WorkKind::DryRun:
        return estimated ? tr("Checked %1 of ~%Ln row(s)", "", total).arg(done)
                         : tr("Checked %1 of %Ln record(s)", "", total).arg(done);
    case WorkKind::Import:
        return estimated ? tr("Imported %1 of ~%Ln row(s)", "", total).arg(done)
                         : tr("Imported %1 of %Ln record(s)", "", total).arg(done);
    case WorkKind::Export:
        return tr("Exported %1 of %Ln record(s)", "", total).arg(done);
    case WorkKind::Generate:
        break;
    }
    return tr("Generated %1 of %Ln record(s)", "", total).arg(done);
}

QString ProgressText::withoutTotal(WorkKind kind, int done) {
    switch (kind) {
    case WorkKind::DryRun:
        return tr("Checked %Ln row(s)", "", done);
    case WorkKind::Import:
        return tr("Imported %Ln row(s)", "", done);
    case WorkKind::Export:
        return tr("Exported %Ln record(s)", "", done);
    case WorkKind::Generate:
        break;
    }
    return tr("Generated %Ln record(s)", "", done);
}

} // namespace Fieldbook
