#pragma once

#include "store/db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace Fieldbook::Test {

/// A freshly created, migrated database in its own temporary folder, removed afterwards.
class TempDatabase final {
public:
    TempDatabase();
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes and reopens the file (to check what was really committed).
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/// Path of a file under tests/data (FIELDBOOK_TEST_DATA, set by ctest).
QString testDataPath(const QString& name);

} // namespace Fieldbook::Test
