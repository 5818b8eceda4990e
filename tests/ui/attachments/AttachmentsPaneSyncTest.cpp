#include "AppContext.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "attachments/AttachmentsPane.h"
#include "store/records/AccountRepository.h"
#include "store/records/AttachmentRepository.h"
#include "../sync/InProcessServer.h"
#include "../sync/OtherDevice.h"
#include "../sync/SyncWorkspace.h"
#include "widgets/UndoHistory.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

constexpr int kStatusColumn = 3;

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("an attachment from another computer shows as not downloaded, and opening it downloads it first",
          "[ui][attachments][sync]") {
    QStandardPaths::setTestModeEnabled(true); // sign-in tokens stay out of the user's files
    InProcessServer server;
    server.addUser(u"ann"_s);
    OtherDevice laptop(server, u"ann"_s);
    Account account;
    account.name = u"Acme"_s;
    const QString accountId = AccountRepository(laptop.db()).save(account).value().id;
    const QByteArray bytes = QByteArray("Signed offer, page 1. ").repeated(5000);
    REQUIRE(AttachmentRepository(laptop.db()).addData(u"accounts"_s, accountId, u"offer.pdf"_s, bytes));
    // The laptop's records reach the server, its file not yet.
    laptop.network().setFaults(
        [](const Server::HttpRequest& r) { return r.method == "PUT" ? Fault::Refuse : Fault::None; });
    REQUIRE(laptop.sync().isEmpty());

    TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    SyncScheduler scheduler(tmp.db(), server.timing());
    REQUIRE(runSync(scheduler, [&] {
                scheduler.connectTo(InProcessServer::url(), u"ann"_s, InProcessServer::passwordOf(u"ann"_s), {});
            }).isEmpty());

    AttachmentsPane pane(context);
    QStringList opened;
    pane.setOpener([&](const QString& path) {
        opened.append(path);
        return true;
    });
    QSignalSpy messages(&pane, &AttachmentsPane::message);
    pane.setRecord(u"accounts"_s, accountId);
    pane.show();
    auto* list = pane.findChild<QTreeWidget*>(u"attachmentList"_s);
    auto* download = pane.findChild<QPushButton*>(u"downloadAttachmentButton"_s);
    auto* open = pane.findChild<QPushButton*>(u"openAttachmentButton"_s);
    REQUIRE(list);
    REQUIRE(download);
    REQUIRE(open);
    REQUIRE(list->topLevelItemCount() == 1);
    list->setCurrentItem(list->topLevelItem(0));
    CHECK(list->topLevelItem(0)->text(kStatusColumn) == u"Not on the server yet"_s);
    CHECK(download->isEnabled());

    // Opening it now: no error, a note that it comes, and the file opens once it has arrived.
    laptop.network().setFaults({});
    REQUIRE(laptop.sync().isEmpty());
    const QString error = runSync(scheduler, [&] { QTest::mouseClick(open, Qt::LeftButton); });
    CHECK(error.isEmpty());
    REQUIRE(messages.size() >= 1);
    CHECK(messages.first().first().toString().contains(u"opens when it has arrived"_s));
    CHECK(messages.first().last().value<MessageBanner::Type>() == MessageBanner::Type::Information);
    REQUIRE(opened.size() == 1);
    CHECK(readFile(opened.first()) == bytes);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(kStatusColumn).isEmpty());
    list->setCurrentItem(list->topLevelItem(0));
    CHECK_FALSE(download->isEnabled());
}

TEST_CASE("the Download button fetches an attachment's bytes at once", "[ui][attachments][sync]") {
    QStandardPaths::setTestModeEnabled(true);
    InProcessServer server;
    server.addUser(u"ann"_s);
    OtherDevice laptop(server, u"ann"_s);
    Account account;
    account.name = u"Acme"_s;
    const QString accountId = AccountRepository(laptop.db()).save(account).value().id;
    const QByteArray bytes = QByteArray("Visit notes. ").repeated(3000);
    const Attachment notes =
        AttachmentRepository(laptop.db()).addData(u"accounts"_s, accountId, u"notes.txt"_s, bytes).value();
    laptop.network().setFaults(
        [](const Server::HttpRequest& r) { return r.method == "PUT" ? Fault::Refuse : Fault::None; });
    REQUIRE(laptop.sync().isEmpty());

    TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    SyncScheduler scheduler(tmp.db(), server.timing());
    AttachmentsPane pane(context);
    pane.setRecord(u"accounts"_s, accountId);
    auto* list = pane.findChild<QTreeWidget*>(u"attachmentList"_s);
    auto* download = pane.findChild<QPushButton*>(u"downloadAttachmentButton"_s);
    REQUIRE(list->topLevelItemCount() == 0);
    // The pull brings the record; the pane shows it as soon as sync says so.
    REQUIRE(runSync(scheduler, [&] {
                scheduler.connectTo(InProcessServer::url(), u"ann"_s, InProcessServer::passwordOf(u"ann"_s), {});
            }).isEmpty());
    REQUIRE(list->topLevelItemCount() == 1);
    list->setCurrentItem(list->topLevelItem(0));
    CHECK(list->topLevelItem(0)->text(kStatusColumn) == u"Not on the server yet"_s);
    CHECK(AttachmentRepository(tmp.db()).data(notes.id).error().code == ErrorCode::NotFound);

    laptop.network().setFaults({});
    REQUIRE(laptop.sync().isEmpty());
    REQUIRE(download->isEnabled());
    REQUIRE(runSync(scheduler, [&] { QTest::mouseClick(download, Qt::LeftButton); }).isEmpty());
    CHECK(AttachmentRepository(tmp.db()).data(notes.id).value() == bytes);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(kStatusColumn).isEmpty());
}
