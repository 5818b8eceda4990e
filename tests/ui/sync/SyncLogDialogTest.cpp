#include "SyncWorkspace.h"

#include "sync/SyncLogDialog.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

TEST_CASE("the sync log is empty before the first sync and offers no Sync now", "[ui][sync]") {
    SyncWorkspace f;
    f.child<QAction>(f.window.get(), u"syncLogAction"_s)->trigger();
    auto* dialog = f.window->findChild<SyncLogDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    CHECK(f.child<QLabel>(dialog, u"syncLogEmpty"_s)->isVisible());
    CHECK_FALSE(f.child<QPushButton>(dialog, u"syncNowButton"_s)->isEnabled());
    dialog->close();
}

TEST_CASE("the sync log lists each run, newest at the bottom, and Sync now adds one", "[ui][sync]") {
    SyncWorkspace f;
    f.connectAsAnn();
    // Up to date: a click on the status opens the log.
    QTest::mouseClick(f.child<QToolButton>(f.status(), u"syncStatusButton"_s), Qt::LeftButton);
    auto* dialog = f.window->findChild<SyncLogDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    auto* list = f.child<QTreeWidget>(dialog, u"syncLogList"_s);
    REQUIRE(list->isVisible());
    const int before = list->topLevelItemCount();
    REQUIRE(before >= 1);
    const auto says = [list](const QString& text) {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(1).contains(text))
                return true;
        return false;
    };
    CHECK(says(InProcessServer::url().host()));            // "Synced with fieldbook.test: …"
    CHECK_FALSE(list->topLevelItem(0)->text(0).isEmpty()); // the time

    auto* syncNow = f.child<QPushButton>(dialog, u"syncNowButton"_s);
    REQUIRE(syncNow->isEnabled());
    REQUIRE(runSync(f.sync(), [&] { QTest::mouseClick(syncNow, Qt::LeftButton); }).isEmpty());
    CHECK(list->topLevelItemCount() == before + 1);
    CHECK(syncNow->isEnabled());
    dialog->close();
}
