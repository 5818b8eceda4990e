#include "TempDatabase.h"

#include "services/InputFile.h"
#include "store/records/AccountRepository.h"
#include "store/records/AttachmentRepository.h"
#include "store/db/StoreFiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

TEST_CASE("an open store's database and SQLite's files beside it are refused to every other reader and writer",
          "[store][files]") {
    Test::TempDatabase tmp;
    const QString path = tmp.path();
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        CHECK(StoreFiles::isStoreFile(path + suffix));
    // The same files named another way: through "..", relative to the working folder.
    const QString roundabout =
        QDir(tmp.dir()).filePath(u"../"_s + QFileInfo(tmp.dir()).fileName() + u"/"_s + QFileInfo(path).fileName());
    CHECK(StoreFiles::isStoreFile(roundabout));
    CHECK(StoreFiles::isStoreFile(QDir::current().relativeFilePath(path)));
    CHECK_FALSE(StoreFiles::isStoreFile(path + u".bak-v3"_s));
    CHECK_FALSE(StoreFiles::isStoreFile(QDir(tmp.dir()).filePath(u"contacts.csv"_s)));

    const auto refused = StoreFiles::refuse(path + u"-wal"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(path + u"-wal"_s)));

    QFile file;
    CHECK_FALSE(InputFile::open(path, file));
    CHECK_FALSE(file.isOpen());

    Account acme;
    acme.name = u"Acme"_s;
    const auto account = AccountRepository(tmp.db()).save(acme);
    REQUIRE(account);
    const auto attached = AttachmentRepository(tmp.db()).add(u"accounts"_s, account->id, path);
    REQUIRE_FALSE(attached);
    CHECK(attached.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a store's files are free again once every connection to it has closed", "[store][files]") {
    QString path;
    {
        Test::TempDatabase tmp;
        path = tmp.path();
        auto second = Database::open(path);
        REQUIRE(second);
        second->reset();
        CHECK(StoreFiles::isStoreFile(path)); // the first connection still holds it
    }
    CHECK_FALSE(StoreFiles::isStoreFile(path));
}
