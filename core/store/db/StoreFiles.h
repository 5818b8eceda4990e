#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Fieldbook {

/// The files of the stores this process holds open: the database and SQLite's -wal, -shm and
/// -journal beside it. Only SQLite may open them. When a process that holds an SQLite connection
/// opens and closes one of those files through any other descriptor, the kernel drops that
/// process's POSIX locks on it; another process then believes it is the last one, checkpoints and
/// deletes the WAL, and later writes of this process are lost (docs/architecture.md, "The store's
/// files"). Code that reads or writes a file the user chose asks refuse() first.
class StoreFiles final {
    Q_DECLARE_TR_FUNCTIONS(StoreFiles)

public:
    /// Registers a store for as long as the registration lives (held by Database).
    class Registration final {
    public:
        explicit Registration(const QString& databasePath);
        ~Registration();
        Q_DISABLE_COPY_MOVE(Registration)

    private:
        QString m_path;
    };

    /// True when `path` names an open store's database or one of its SQLite companion files.
    [[nodiscard]] static bool isStoreFile(const QString& path);
    /// InvalidInput naming the file when isStoreFile(path); success otherwise.
    [[nodiscard]] static Result<void> refuse(const QString& path);
};

} // namespace Fieldbook
