#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>

namespace Fieldbook::Test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite"))) {
    auto opened = Database::open(m_path);
    if (!opened)
        FAIL("cannot create test database: " << opened.error().message.toStdString() << " "
                                             << opened.error().detail.toStdString());
    m_db = std::move(*opened);
}

void TempDatabase::reopen() {
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        FAIL("cannot reopen test database: " << opened.error().message.toStdString());
    m_db = std::move(*opened);
}

QString testDataPath(const QString& name) {
    QString dir = qEnvironmentVariable("FIELDBOOK_TEST_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral(FIELDBOOK_SOURCE_DIR "/tests/data");
    return QDir(dir).filePath(name);
}

} // namespace Fieldbook::Test
