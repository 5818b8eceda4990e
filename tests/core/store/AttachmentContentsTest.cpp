#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/write/AttachmentContents.h"
#include "store/records/AttachmentRepository.h"
#include "store/journal/PullApplier.h"
#include "store/db/SqlConnection.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// An attachment as the server sends it: a colleague's file whose bytes are elsewhere.
Wire::PullPage pulledAttachment(const QString& id, const QByteArray& bytes, bool deleted = false) {
    Wire::Change change;
    change.table = u"attachments"_s;
    change.id = id;
    change.rowVersion = 7;
    change.deleted = deleted;
    change.fields = {{u"record_table"_s, u"accounts"_s}, {u"record_id"_s, u"acc-1"_s},
                     {u"file_name"_s, u"offer.pdf"_s},   {u"mime_type"_s, u"application/pdf"_s},
                     {u"size"_s, qint64(bytes.size())},  {u"sha256"_s, Wire::sha256Of(bytes)},
                     {u"owner_id"_s, u"someone-else"_s}};
    return {{change}, u"v1:7"_s, false, 0};
}

qint64 count(Database& db, const QString& sql) {
    return db.connection().scalar(sql, {}, u"test: count"_s).value().toLongLong();
}

} // namespace

TEST_CASE("a store of schema 8 keeps its attachments and bytes at 9, and an attachment may come without its bytes",
          "[store][migration][attachments]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v8.sqlite"_s);
    const QByteArray bytes = "the signed offer";
    const QString sha256 = Wire::sha256Of(bytes);
    Database::Options v8;
    v8.migrateTo = 8;
    {
        auto db = Database::open(path, v8);
        REQUIRE(db);
        SqlConnection& c = (*db)->connection();
        REQUIRE(c.write(u"INSERT INTO attachment_blobs (sha256, size, data) VALUES (?, ?, ?)"_s,
                        {sha256, bytes.size(), bytes}, u"test"_s));
        REQUIRE(c.write(u"INSERT INTO attachments (rid, id, record_table, record_id, file_name, size, sha256, "
                        u"created_at, updated_at, row_version) VALUES (41, 'a1', 'accounts', 'acc-1', 'offer.pdf', "
                        u"?, ?, 1, 2, 3)"_s,
                        {bytes.size(), sha256}, u"test"_s));
        // Before: a row naming bytes that are not here fails the foreign key (every pull stopped there).
        CHECK_FALSE(PullApplier(**db).apply(pulledAttachment(u"a2"_s, "elsewhere")));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    Database& store = **db;
    CHECK(count(store, u"SELECT count(*) FROM attachments WHERE rid = 41 AND id = 'a1' AND row_version = 3"_s) == 1);
    CHECK(AttachmentRepository(store).data(u"a1"_s).value() == bytes);
    CHECK(count(store, u"SELECT count(*) FROM pragma_foreign_key_list('attachments')"_s) == 0);
    // Never sent before: no earlier version could.
    CHECK(count(store, u"SELECT count(*) FROM attachment_uploads"_s) == 1);

    const QByteArray elsewhere = "bytes on a colleague's laptop";
    REQUIRE(PullApplier(store).apply(pulledAttachment(u"a2"_s, elsewhere)));
    AttachmentContents contents(store);
    const ContentState state = contents.stateOf(Wire::sha256Of(elsewhere)).value();
    CHECK_FALSE(state.here);
    CHECK_FALSE(state.requested);
    REQUIRE(contents.toDownload(10)->size() == 1);
    CHECK(contents.toDownload(10)->first().size == elsewhere.size());
    CHECK(AttachmentRepository(store).data(u"a2"_s).error().code == ErrorCode::NotFound);
    // Its tombstone applies as well, and nothing is fetched for it any more.
    REQUIRE(PullApplier(store).apply(pulledAttachment(u"a2"_s, elsewhere, true)));
    CHECK(contents.downloadsWaiting().value() == 0);
}

TEST_CASE("downloaded parts become the stored bytes only when size and hash match", "[store][attachments]") {
    Test::TempDatabase tmp;
    const QByteArray bytes = QByteArray("0123456789").repeated(10);
    const QString sha256 = Wire::sha256Of(bytes);
    REQUIRE(PullApplier(tmp.db()).apply(pulledAttachment(u"a1"_s, bytes)));
    AttachmentContents contents(tmp.db());
    REQUIRE(contents.storePart(sha256, 0, bytes.left(40)));
    CHECK(contents.received(sha256).value() == 40);
    REQUIRE(contents.storePart(sha256, 40, bytes.mid(40, 30) + "XX")); // damaged in transit
    const auto damaged = contents.complete(sha256, 72);
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().code == ErrorCode::Corrupt);
    CHECK(contents.received(sha256).value() == 0); // fetched again from byte 0
    CHECK(contents.stateOf(sha256)->problem == ContentProblem::Damaged);

    REQUIRE(contents.storePart(sha256, 0, bytes.left(60)));
    REQUIRE(contents.storePart(sha256, 60, bytes.mid(60)));
    REQUIRE(contents.complete(sha256, bytes.size()));
    CHECK(AttachmentRepository(tmp.db()).data(u"a1"_s).value() == bytes);
    CHECK(contents.stateOf(sha256)->here);
    CHECK(contents.downloadsWaiting().value() == 0);
    CHECK(contents.uploadsWaiting().value() == 0); // it came from the server: never sent back
}

TEST_CASE("attaching here the file a download waits for ends the download and queues the file to be sent",
          "[store][attachments]") {
    Test::TempDatabase tmp;
    Account account;
    account.name = u"Acme"_s;
    const QString accountId = AccountRepository(tmp.db()).save(account).value().id;
    const QByteArray bytes = "the same file";
    REQUIRE(PullApplier(tmp.db()).apply(pulledAttachment(u"a1"_s, bytes)));
    AttachmentContents contents(tmp.db());
    REQUIRE(contents.storePart(Wire::sha256Of(bytes), 0, bytes.left(4)));
    REQUIRE(AttachmentRepository(tmp.db()).addData(u"accounts"_s, accountId, u"same.txt"_s, bytes));
    CHECK(contents.downloadsWaiting().value() == 0);
    CHECK(contents.received(Wire::sha256Of(bytes)).value() == 0);
    CHECK(count(tmp.db(), u"SELECT count(*) FROM attachment_uploads"_s) == 1);
    CHECK(AttachmentRepository(tmp.db()).data(u"a1"_s).value() == bytes);
}

TEST_CASE("another server or user than before asks again about every file here", "[store][attachments]") {
    Test::TempDatabase tmp;
    Account account;
    account.name = u"Acme"_s;
    const QString accountId = AccountRepository(tmp.db()).save(account).value().id;
    const Attachment a = AttachmentRepository(tmp.db()).addData(u"accounts"_s, accountId, u"a.txt"_s, "a").value();
    AttachmentContents contents(tmp.db());
    REQUIRE(contents.startFor(u"client-1"_s));
    REQUIRE(contents.uploaded(a.sha256));
    REQUIRE(contents.startFor(u"client-1"_s));
    CHECK(count(tmp.db(), u"SELECT count(*) FROM attachment_uploads"_s) == 0);
    REQUIRE(contents.startFor(u"client-2"_s));
    CHECK(count(tmp.db(), u"SELECT count(*) FROM attachment_uploads"_s) == 1);
}
