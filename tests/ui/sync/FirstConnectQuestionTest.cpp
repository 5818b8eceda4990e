#include "SyncWorkspace.h"

#include "SmallDemo.h"
#include "store/records/AccountRepository.h"
#include "store/journal/LocalOnlyRecords.h"
#include "protocol/RecordCheck.h"
#include "protocol/RecordType.h"
#include "store/journal/SyncIssues.h"
#include "widgets/MessageBox.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

TEST_CASE("the demo database says so in the window title", "[ui][sync][firstconnect]") {
    TempDatabase tmp;
    Test::generateSmallDemo(tmp.db());
    MainWindow demo(tmp.db());
    CHECK(demo.windowTitle().contains(u"(demo data)"_s));
    REQUIRE(LocalOnlyRecords(tmp.db()).takeOver());
    MainWindow mine(tmp.db());
    CHECK_FALSE(mine.windowTitle().contains(u"demo"_s));
}

TEST_CASE("connecting a demo store asks once and takes the records over as the user's own",
          "[ui][sync][firstconnect]") {
    SyncWorkspace f;
    Test::generateSmallDemo(f.tmp.db());
    const int accounts = *AccountRepository(f.tmp.db()).count();

    MessageBox::setNextAnswer(QMessageBox::Yes);
    const QString error =
        f.connectThroughDialog(f.openConnectDialog(), u"ann"_s, InProcessServer::passwordOf(u"ann"_s));
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    CHECK(MessageBox::lastText().contains(u"exist only on this computer"_s));
    CHECK(*LocalOnlyRecords(f.tmp.db()).count() == 0);
    // Nothing is refused for its owner; a rep may not add to the organisation's catalogue, and says so.
    // What names a refused record (a demo quote's price list, a line's product) is refused too, naming it,
    // and so are later changes of a record whose insert was refused.
    const auto refused = SyncIssues(f.tmp.db()).rejections();
    REQUIRE(refused);
    QSet<QString> refusedIds;
    for (const SyncRejection& r : *refused) {
        INFO(r.entry.table.toStdString() << ": " << r.reason.toStdString());
        const RecordType* type = RecordType::find(r.entry.table);
        if (type->scope == RecordScope::Organisation || type->managersOnly) { // a rep may not set quotas either
            refusedIds.insert(r.entry.recordId);
            continue;
        }
        const auto named = RecordCheck::references(*RecordType::find(r.entry.table), r.entry.fields);
        const bool namesRefused = std::ranges::any_of(
            named, [&](const NamedRecord& n) { return refusedIds.contains(n.id) && r.reason.contains(n.id); });
        const bool changesRefused = r.entry.op != u"insert"_s && refusedIds.contains(r.entry.recordId);
        CHECK((namesRefused || changesRefused));
        refusedIds.insert(r.entry.recordId);
    }
    CHECK(*AccountRepository(f.tmp.db()).count() == accounts);
    CHECK_FALSE(f.window->windowTitle().contains(u"demo"_s));
}

TEST_CASE("connecting a demo store can start from the server's data with the file kept", "[ui][sync][firstconnect]") {
    SyncWorkspace f;
    Test::generateSmallDemo(f.tmp.db());

    MessageBox::setNextAnswer(QMessageBox::No);
    const QString error =
        f.connectThroughDialog(f.openConnectDialog(), u"ann"_s, InProcessServer::passwordOf(u"ann"_s));
    CHECK(error.isEmpty());
    CHECK(*AccountRepository(f.tmp.db()).count() == 0);
    const QStringList backups =
        QDir(f.tmp.dir()).entryList({QFileInfo(f.tmp.path()).fileName() + u".before-sync-*"_s}, QDir::Files);
    REQUIRE(backups.size() == 1);
}
