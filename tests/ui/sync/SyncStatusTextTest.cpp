#include "sync/SyncStatusText.h"

#include "StringMakers.h"

#include <QDateTime>
#include <QLocale>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using State = SyncStatus::State;

namespace {

SyncStatus connected(State state) {
    SyncStatus status;
    status.state = state;
    status.server = u"https://crm.example.com"_s;
    status.user = u"ann"_s;
    return status;
}

} // namespace

TEST_CASE("the status line names each sync state in a few words", "[ui][sync]") {
    CHECK(SyncStatusText::summary(SyncStatus{}) == u"Not connected"_s);
    CHECK(SyncStatusText::summary(connected(State::UpToDate)) == u"Up to date"_s);
    CHECK(SyncStatusText::summary(connected(State::NeedsSignIn)) == u"Sign in needed"_s);

    SyncStatus waiting = connected(State::Waiting);
    waiting.waiting = 1234;
    CHECK(SyncStatusText::summary(waiting).startsWith(QLocale().toString(1234) + u" change"_s));

    SyncStatus failed = connected(State::Failed);
    failed.message = u"The server answered with an error."_s;
    CHECK(SyncStatusText::summary(failed) == u"Sync failed: The server answered with an error."_s);

    SyncStatus offline = connected(State::Offline);
    CHECK(SyncStatusText::summary(offline) == u"Offline"_s);
    const QDateTime next = QDateTime::currentDateTime().addSecs(60);
    offline.nextAttemptAt = next.toMSecsSinceEpoch();
    CHECK(SyncStatusText::summary(offline) ==
          u"Offline — retrying at "_s + QLocale().toString(next.time(), QLocale::ShortFormat));
}

TEST_CASE("while syncing the status line counts what is sent and received", "[ui][sync]") {
    SyncStatus status = connected(State::Syncing);
    CHECK(SyncStatusText::summary(status) == u"Syncing…"_s);
    status.progress = {SyncProgress::Phase::Pushing, 0, 0};
    status.waiting = 20;
    CHECK(SyncStatusText::summary(status).startsWith(u"Sending 20 change"_s));
    status.progress = {SyncProgress::Phase::Pushing, 5, 8};
    CHECK(SyncStatusText::summary(status).startsWith(u"Sending 8 change"_s));
    status.progress = {SyncProgress::Phase::Pulling, 1234, 0};
    CHECK(SyncStatusText::summary(status) == u"Syncing… "_s + QLocale().toString(1234) + u" received"_s);
    status.progress = {SyncProgress::Phase::Pulling, 1234, 50'000};
    CHECK(SyncStatusText::summary(status).startsWith(u"Syncing… "_s + QLocale().toString(1234) + u" of "_s +
                                                     QLocale().toString(50'000)));
}

TEST_CASE("issues are counted apart and the details name the server and the user", "[ui][sync]") {
    SyncStatus status = connected(State::UpToDate);
    CHECK(SyncStatusText::issues(status).isEmpty());
    status.issues = 2;
    CHECK(SyncStatusText::issues(status).startsWith(u"· 2 issue"_s));
    status.lastSyncAt = QDateTime::currentMSecsSinceEpoch();
    const QString details = SyncStatusText::details(status);
    CHECK(details.contains(u"https://crm.example.com"_s));
    CHECK(details.contains(u"ann"_s));
    CHECK(details.contains(SyncStatusText::when(status.lastSyncAt)));
    CHECK_FALSE(SyncStatusText::details(SyncStatus{}).contains(u"Server"_s));
}
