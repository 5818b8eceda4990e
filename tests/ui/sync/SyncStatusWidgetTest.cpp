#include "SyncWorkspace.h"

#include "OtherDevice.h"

#include "contacts/ContactsSection.h"
#include "models/ContactListModel.h"
#include "store/records/ContactRepository.h"

#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

TEST_CASE("an edit shows one change waiting and the sync it starts sends it", "[ui][sync]") {
    SyncWorkspace f;
    f.connectAsAnn();
    REQUIRE(f.status()->text() == u"Up to date"_s);

    QSignalSpy finished(&f.sync(), &SyncScheduler::finished);
    Contact c;
    c.firstName = u"芳"_s;
    c.lastName = u"王"_s;
    auto saved = ContactRepository(f.tmp.db()).save(c);
    REQUIRE(saved);
    CHECK(f.status()->text().startsWith(u"1 change"_s));
    CHECK(f.sync().status().waiting == 1);

    REQUIRE(finished.wait(kSyncTimeoutMs)); // the edit's short delay starts the run
    CHECK(finished.first().first().toString().isEmpty());
    CHECK(f.status()->text() == u"Up to date"_s);
    CHECK(f.server.field(u"contacts"_s, saved->id, u"first_name"_s).toString() == u"芳"_s);
}

TEST_CASE("records another device sends appear in the list and in the open record after Sync now", "[ui][sync]") {
    SyncWorkspace f;
    f.connectAsAnn();
    OtherDevice other(f.server, u"ann"_s);

    Contact c;
    c.firstName = u"Ada"_s;
    c.lastName = u"Lovelace"_s;
    c = *ContactRepository(other.db()).save(c);
    REQUIRE(other.sync().isEmpty());

    ContactsSection* contacts = f.window->contacts();
    REQUIRE(contacts->model()->rowCount() == 0);
    REQUIRE(runSync(f.sync(), [&] { QTest::keyClick(f.window.get(), Qt::Key_F9); }).isEmpty());
    REQUIRE(contacts->model()->rowCount() == 1);
    contacts->openRecord(c.id);
    auto* title = f.child<QLineEdit>(contacts, u"titleEdit"_s);
    CHECK(title->text().isEmpty());

    c = *ContactRepository(other.db()).get(c.id); // as sync left it (owned by ann's server id now)
    c.title = u"Analyst"_s;
    REQUIRE(ContactRepository(other.db()).save(c));
    REQUIRE(other.sync().isEmpty());
    REQUIRE(f.server.field(u"contacts"_s, c.id, u"title"_s).toString() == u"Analyst"_s);
    REQUIRE(runSync(f.sync(), [&] { QTest::keyClick(f.window.get(), Qt::Key_F9); }).isEmpty());
    CHECK(title->text() == u"Analyst"_s); // shown again, so an edit starts from what sync brought
}

TEST_CASE("an unreachable server shows Offline with the time of the next attempt", "[ui][sync]") {
    SyncWorkspace f;
    f.connectAsAnn();
    f.server.setReachable(false);
    const QString error = runSync(f.sync(), [&] { f.sync().syncNow(); });
    CHECK_FALSE(error.isEmpty());
    CHECK(f.sync().status().state == SyncStatus::State::Offline);
    CHECK(f.status()->text().startsWith(u"Offline — retrying at "_s));
    CHECK(f.child<QToolButton>(f.status(), u"syncStatusButton"_s)->toolTip().contains(error));

    f.server.setReachable(true);
    CHECK(runSync(f.sync(), [&] { f.sync().syncNow(); }).isEmpty());
    CHECK(f.status()->text() == u"Up to date"_s);
}
