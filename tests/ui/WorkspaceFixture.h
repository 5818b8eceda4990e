#pragma once

#include "MainWindow.h"
#include "TempDatabase.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace Fieldbook::Test {

/// A main window on a fresh temporary store, shown and active so that shortcuts work offscreen.
class WorkspaceFixture {
public:
    WorkspaceFixture() {
        QStandardPaths::setTestModeEnabled(true); // keep window settings out of the user's config
        window = std::make_unique<MainWindow>(tmp.db());
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    template<class T>
    T* child(const QWidget* parent, const QString& objectName) const {
        T* found = parent->findChild<T*>(objectName);
        REQUIRE(found != nullptr);
        return found;
    }

    TempDatabase tmp;
    std::unique_ptr<MainWindow> window;
};

} // namespace Fieldbook::Test
