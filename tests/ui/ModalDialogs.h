#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

namespace Fieldbook::Test {

/// Runs `answer` on the next modal dialog of type T once it is shown (exec() blocks the test),
/// made the active window so that its shortcuts work; closes it if `answer` left it open.
template<class T>
void whenShown(std::function<void(T*)> answer) {
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer, ticks = 0]() mutable {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog && ++ticks < 500) // gives up after 5 s, so that it cannot answer a later test's dialog
            return;
        timer->stop();
        timer->deleteLater();
        if (!dialog)
            return;
        QApplication::setActiveWindow(dialog);
        answer(dialog);
        if (dialog->isVisible()) {
            dialog->done(QDialog::Rejected);
            FAIL_CHECK("the dialog was left open");
        }
    });
    timer->start();
}

} // namespace Fieldbook::Test
