#include "InputFile.h"

#include "store/db/StoreFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Fieldbook {

Result<void> InputFile::open(const QString& path, QFile& file) {
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(shown));
    if (info.isDir())
        return fail(ErrorCode::Io, tr("%1 is a folder, not a file.").arg(shown));
    if (auto refused = StoreFiles::refuse(path); !refused)
        return refused;
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The file %1 cannot be read: %2").arg(shown, file.errorString()));
    return {};
}

} // namespace Fieldbook
