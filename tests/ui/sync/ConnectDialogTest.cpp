#include "SyncWorkspace.h"

#include "widgets/MessageBanner.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QPointer>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

TEST_CASE("the connect dialog refuses empty fields and addresses that are not https", "[ui][sync]") {
    SyncWorkspace f;
    ConnectDialog* dialog = f.openConnectDialog();
    auto* server = f.child<QLineEdit>(dialog, u"serverEdit"_s);
    auto* user = f.child<QLineEdit>(dialog, u"userEdit"_s);
    auto* password = f.child<QLineEdit>(dialog, u"passwordEdit"_s);
    auto* banner = f.child<MessageBanner>(dialog, u"messageBanner"_s);
    auto* connectButton = f.child<QPushButton>(dialog, u"connectButton"_s);
    CHECK(server->text() == u"https://"_s); // the user types the host after it
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(banner->text().isEmpty());

    QTest::mouseClick(connectButton, Qt::LeftButton);
    CHECK(banner->text() == ConnectDialog::problem({}, {}, {}));
    CHECK(banner->text().contains(u"address"_s));

    server->setText(u"https://crm.example.com"_s);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    CHECK(banner->text().contains(u"user name"_s));

    user->setText(u"ann"_s);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    CHECK(banner->text().contains(u"password"_s));

    password->setText(u"secret"_s);
    for (const QString& address : {u"http://crm.example.com"_s, u"ftp://crm.example.com"_s}) {
        server->setText(address);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        INFO(address.toStdString());
        CHECK(banner->text().contains(u"https://"_s));
    }
    server->setText(u"crm example"_s);
    QTest::mouseClick(connectButton, Qt::LeftButton);
    CHECK(banner->text().contains(u"is not a server address"_s));

    CHECK_FALSE(dialog->isBusy());
    CHECK(dialog->isVisible());
    CHECK(f.sync().status().state == SyncStatus::State::NotConnected);
    // Plain http not even to this computer.
    CHECK(ConnectDialog::problem(u"http://localhost:8443"_s, u"ann"_s, u"pw"_s).contains(u"https://"_s));
    CHECK(ConnectDialog::problem(u"https://crm.example.com/"_s, u"ann"_s, u"pw"_s).isEmpty());
}

TEST_CASE("a wrong password shows the server's answer in the dialog and keeps the fields", "[ui][sync]") {
    SyncWorkspace f;
    ConnectDialog* dialog = f.openConnectDialog();
    const QString error = f.connectThroughDialog(dialog, u"ann"_s, u"not her password"_s);
    REQUIRE_FALSE(error.isEmpty());

    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->isBusy());
    CHECK(f.child<MessageBanner>(dialog, u"messageBanner"_s)->text() == error);
    CHECK_FALSE(f.child<QProgressBar>(dialog, u"connectBusyBar"_s)->isVisible());
    CHECK(f.child<QPushButton>(dialog, u"connectButton"_s)->isEnabled());
    // The fields stay, so a corrected password is all it takes.
    CHECK(f.child<QLineEdit>(dialog, u"serverEdit"_s)->text() == InProcessServer::url().toString());
    CHECK(f.child<QLineEdit>(dialog, u"userEdit"_s)->text() == u"ann"_s);

    const QString retried = f.connectThroughDialog(dialog, u"ann"_s, InProcessServer::passwordOf(u"ann"_s));
    INFO(retried.toStdString());
    CHECK(retried.isEmpty());
}

TEST_CASE("reopened after a failed connect, the connect dialog keeps the server, the user and the CA file",
          "[ui][sync]") {
    SyncWorkspace f;
    ConnectDialog* dialog = f.openConnectDialog();
    REQUIRE_FALSE(f.connectThroughDialog(dialog, u"ann"_s, u"not her password"_s).isEmpty());
    // A CA file that is not one: that connect fails too, before it reaches the server.
    const QString caFile = f.tmp.dir() + u"/company-ca.pem"_s;
    QFile notPem(caFile);
    REQUIRE(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate\n");
    notPem.close();
    QTest::mouseClick(f.child<QCheckBox>(dialog, u"useCaCheck"_s), Qt::LeftButton);
    f.child<QLineEdit>(dialog, u"caFileEdit"_s)->setText(caFile);
    REQUIRE_FALSE(f.connectThroughDialog(dialog, u"ann"_s, InProcessServer::passwordOf(u"ann"_s)).isEmpty());
    CHECK(f.sync().status().state == SyncStatus::State::NotConnected);
    dialog->reject();
    REQUIRE(QTest::qWaitFor([&] { return f.window->findChild<ConnectDialog*>() == nullptr; }, kSyncTimeoutMs));

    auto requireKept = [&](ConnectDialog* reopened) {
        CHECK(f.child<QLineEdit>(reopened, u"serverEdit"_s)->text() == InProcessServer::url().toString());
        CHECK(f.child<QLineEdit>(reopened, u"userEdit"_s)->text() == u"ann"_s);
        CHECK(f.child<QLineEdit>(reopened, u"passwordEdit"_s)->text().isEmpty());
        CHECK(f.child<QCheckBox>(reopened, u"useCaCheck"_s)->isChecked());
        CHECK(f.child<QLineEdit>(reopened, u"caFileEdit"_s)->text() == caFile);
        CHECK(reopened->focusWidget() == f.child<QLineEdit>(reopened, u"passwordEdit"_s));
    };
    ConnectDialog* reopened = f.openConnectDialog();
    requireKept(reopened);
    reopened->reject();

    // Also after a restart of the app: the store keeps them.
    SyncScheduler restarted(f.tmp.db(), f.server.timing());
    ConnectDialog afterRestart(restarted, f.window.get());
    afterRestart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&afterRestart));
    requireKept(&afterRestart);
}

// Fails until core's SyncEngine records a store's connection only once its first sign-in
// succeeded: today sync_state is written before the sign-in, so the scheduler reports
// NeedsSignIn (and syncs on its timer) for a server the user never got into.
TEST_CASE("a store whose first sign-in failed stays not connected", "[ui][sync]") {
    SyncWorkspace f;
    const QString error = f.connectThroughDialog(f.openConnectDialog(), u"ann"_s, u"not her password"_s);
    REQUIRE_FALSE(error.isEmpty());
    CHECK(f.sync().status().state == SyncStatus::State::NotConnected);
    CHECK(f.status()->text() == u"Not connected"_s);
    CHECK_FALSE(f.child<QAction>(f.window.get(), u"syncNowAction"_s)->isEnabled());
}

TEST_CASE("a successful connect shows progress, closes the dialog and the status bar says Up to date", "[ui][sync]") {
    SyncWorkspace f;
    QPointer<ConnectDialog> dialog = f.openConnectDialog();
    f.child<QLineEdit>(dialog, u"serverEdit"_s)->setText(InProcessServer::url().toString());
    f.child<QLineEdit>(dialog, u"userEdit"_s)->setText(u"ann"_s);
    f.child<QLineEdit>(dialog, u"passwordEdit"_s)->setText(InProcessServer::passwordOf(u"ann"_s));
    QSignalSpy finished(&f.sync(), &SyncScheduler::finished);
    QTest::mouseClick(f.child<QPushButton>(dialog, u"connectButton"_s), Qt::LeftButton);
    CHECK(dialog->isBusy());
    CHECK(f.child<QProgressBar>(dialog, u"connectBusyBar"_s)->isVisible());
    CHECK_FALSE(f.child<QPushButton>(dialog, u"connectButton"_s)->isEnabled());
    CHECK_FALSE(f.child<QLineEdit>(dialog, u"passwordEdit"_s)->isEnabled());
    REQUIRE(finished.wait(kSyncTimeoutMs));
    CHECK(finished.first().first().toString().isEmpty());

    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, kSyncTimeoutMs)); // closed and deleted
    CHECK(f.sync().status().state == SyncStatus::State::UpToDate);
    CHECK(f.status()->text() == u"Up to date"_s);
    const QString tip = f.child<QToolButton>(f.status(), u"syncStatusButton"_s)->toolTip();
    CHECK(tip.contains(InProcessServer::url().toString()));
    CHECK(tip.contains(u"ann"_s));
    CHECK(f.child<QAction>(f.window.get(), u"syncNowAction"_s)->isEnabled());

    // Opened again, the dialog remembers the server and the user.
    ConnectDialog* again = f.openConnectDialog();
    CHECK(f.child<QLineEdit>(again, u"serverEdit"_s)->text() == InProcessServer::url().toString());
    CHECK(f.child<QLineEdit>(again, u"userEdit"_s)->text() == u"ann"_s);
    CHECK(f.child<QLineEdit>(again, u"passwordEdit"_s)->text().isEmpty());
    again->reject();
}

TEST_CASE("the status bar's sync part opens the connect dialog while the store is not connected", "[ui][sync]") {
    SyncWorkspace f;
    CHECK(f.status()->text() == u"Not connected"_s);
    QTest::mouseClick(f.child<QToolButton>(f.status(), u"syncStatusButton"_s), Qt::LeftButton);
    auto* dialog = f.window->findChild<ConnectDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    dialog->reject();
}

// Fails until core's SyncJournal::finishRun() stores an empty error as '' rather than NULL: today
// the UPDATE breaks sync_state.last_error's NOT NULL, so last_sync_at is never written (the
// tooltip says "Last sync: never") and an old error stays in last_error.
TEST_CASE("after a successful sync the status knows when it synced", "[ui][sync]") {
    SyncWorkspace f;
    f.connectAsAnn();
    CHECK(f.sync().status().lastSyncAt > 0);
    CHECK_FALSE(f.child<QToolButton>(f.status(), u"syncStatusButton"_s)->toolTip().contains(u"never"_s));
}
