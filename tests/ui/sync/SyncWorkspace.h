#pragma once

#include "InProcessServer.h"
#include "MainWindow.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "sync/ConnectDialog.h"
#include "sync/SyncScheduler.h"
#include "sync/SyncStatusWidget.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace Fieldbook::Test {

constexpr int kSyncTimeoutMs = 20'000;

/// Waits until `scheduler` ends the run that `trigger` starts (or started before), and returns its error.
template<class Trigger>
QString runSync(SyncScheduler& scheduler, Trigger trigger) {
    QSignalSpy finished(&scheduler, &SyncScheduler::finished);
    trigger();
    REQUIRE(finished.wait(kSyncTimeoutMs));
    return finished.first().first().toString();
}

/// The workspace window on a fresh store, with its sync scheduler talking to an in-process server
/// that knows the user "ann". The server outlives the window, whose sync thread uses it.
class SyncWorkspace {
public:
    SyncWorkspace() {
        QStandardPaths::setTestModeEnabled(true); // window settings and sign-in tokens stay out of the user's files
        annId = server.addUser(QStringLiteral("ann"));
        window = std::make_unique<MainWindow>(tmp.db(), server.timing());
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    template<class T>
    T* child(const QObject* parent, const QString& objectName) const {
        T* found = parent->findChild<T*>(objectName);
        INFO("no child " << objectName.toStdString());
        REQUIRE(found != nullptr);
        return found;
    }

    SyncScheduler& sync() const { return *window->syncScheduler(); }
    SyncStatusWidget* status() const { return child<SyncStatusWidget>(window.get(), QStringLiteral("syncStatus")); }

    ConnectDialog* openConnectDialog() {
        window->showConnectDialog();
        auto* dialog = window->findChild<ConnectDialog*>();
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    /// Types into the connect dialog and presses Connect; returns the run's error.
    QString connectThroughDialog(ConnectDialog* dialog, const QString& user, const QString& password) {
        auto* server = child<QLineEdit>(dialog, QStringLiteral("serverEdit"));
        server->clear();
        QTest::keyClicks(server, InProcessServer::url().toString());
        child<QLineEdit>(dialog, QStringLiteral("userEdit"))->setText(user);
        child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))->setText(password);
        return runSync(sync(), [&] {
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("connectButton")), Qt::LeftButton);
        });
    }

    void connectAsAnn() {
        const QString error = connectThroughDialog(openConnectDialog(), QStringLiteral("ann"),
                                                   InProcessServer::passwordOf(QStringLiteral("ann")));
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        // The dialog closed; shortcuts such as F9 need the window active again.
        REQUIRE(QTest::qWaitFor([this] { return window->findChild<ConnectDialog*>() == nullptr; }, kSyncTimeoutMs));
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    InProcessServer server;
    QString annId;
    TempDatabase tmp;
    std::unique_ptr<MainWindow> window;
};

} // namespace Fieldbook::Test
