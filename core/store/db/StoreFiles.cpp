#include "StoreFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

struct Registry {
    QMutex mutex;
    QStringList paths; ///< one entry per open Database, so a store opened twice stays until both close
};

Registry& registry() {
    static Registry instance;
    return instance;
}

/// The path with its folder resolved (symbolic links, "..") without opening the file itself:
/// QFileInfo only stats, and the file may not exist yet (an output path).
QString normalized(const QString& path) {
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString name = info.isSymLink() ? QFileInfo(info.symLinkTarget()).fileName() : info.fileName();
    const QString base = folder.isEmpty() ? info.absolutePath() : folder;
    return QDir::cleanPath(base + u'/' + name);
}

} // namespace

StoreFiles::Registration::Registration(const QString& databasePath)
    : m_path(normalized(databasePath)) {
    QMutexLocker lock(&registry().mutex);
    registry().paths.append(m_path);
}

StoreFiles::Registration::~Registration() {
    QMutexLocker lock(&registry().mutex);
    registry().paths.removeOne(m_path);
}

bool StoreFiles::isStoreFile(const QString& path) {
    if (path.isEmpty())
        return false;
    const QString candidate = normalized(path);
    QMutexLocker lock(&registry().mutex);
    for (const QString& store : std::as_const(registry().paths)) {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            if (candidate == store + suffix)
                return true;
        }
    }
    return false;
}

Result<void> StoreFiles::refuse(const QString& path) {
    if (!isStoreFile(path))
        return {};
    return fail(ErrorCode::InvalidInput,
                tr("%1 is Fieldbook's own database (or one of its working files), which only Fieldbook's store "
                   "may open. Choose another file.")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

} // namespace Fieldbook
