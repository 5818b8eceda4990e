#include "StringMakers.h"
#include "storage/ServerDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Fieldbook::Server;
using namespace Qt::StringLiterals;

namespace {
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

TEST_CASE("an SQLite server store, its write-ahead log and a folder made for it are the owner's alone",
          "[server][storage]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(u"fieldbook-server"_s);
    const QString path = QDir(folder).filePath(u"server.sqlite"_s);
    {
        auto db = ServerDatabase::open(path);
        REQUIRE(db);
        CHECK((QFileInfo(folder).permissions() & kOthers) == 0);
        CHECK((QFileInfo(path).permissions() & kOthers) == 0);
        CHECK(QFileInfo(path).permissions().testFlags(kOwnerOnly));
        if (QFileInfo::exists(path + u"-wal"_s))
            CHECK((QFileInfo(path + u"-wal"_s).permissions() & kOthers) == 0);
    }
    // A store an older server left readable by everyone is closed to them when it is opened.
    REQUIRE(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto again = ServerDatabase::open(path);
    REQUIRE(again);
    CHECK((QFileInfo(path).permissions() & kOthers) == 0);
}
