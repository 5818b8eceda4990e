#include "ImportExportTestHelpers.h"
#include "importexport/LongTask.h"
#include "importexport/ProgressPanel.h"
#include "importexport/ProgressText.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSemaphore>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

TEST_CASE("long work runs on a worker thread with its own database connection", "[importexport]") {
    TempDatabase temp;
    LongTask task;
    QSignalSpy finished(&task, &LongTask::finished);
    std::atomic<QThread*> workerThread = nullptr;
    QString seenPath;
    REQUIRE(task.start(temp.path(), [&](Database& db, const ProgressFn&) -> Result<void> {
        workerThread = QThread::currentThread();
        seenPath = db.path();
        return {};
    }));
    REQUIRE(task.isRunning());
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    CHECK(workerThread.load() != nullptr);
    CHECK(workerThread.load() != QApplication::instance()->thread());
    CHECK(seenPath == temp.path());
    CHECK(task.succeeded());
    CHECK_FALSE(task.isRunning());
}

TEST_CASE("cancelling long work makes its progress function return false and reports the cancel", "[importexport]") {
    LongTask task;
    QSignalSpy progressed(&task, &LongTask::progressed);
    QSignalSpy finished(&task, &LongTask::finished);
    QSemaphore cancelSeen;
    std::atomic<QThread*> workerThread = nullptr;
    REQUIRE(task.start([&](const ProgressFn& progress) -> Result<void> {
        workerThread = QThread::currentThread();
        // Keeps reporting until told to stop, as the core services do between rows.
        for (qint64 done = 1;; ++done) {
            if (!progress(WorkProgress{done, 1'000'000, 0, -1}))
                return fail(ErrorCode::Cancelled, u"cancelled"_s);
            if (done % 1000 == 0)
                QThread::yieldCurrentThread();
        }
    }));
    REQUIRE(progressed.wait(kWorkerTimeoutMs));
    CHECK(workerThread.load() != QApplication::instance()->thread());
    task.cancel();
    CHECK(task.isCancelRequested());
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    CHECK(task.wasCancelled());
    CHECK_FALSE(task.succeeded());
}

TEST_CASE("a failing job finishes with its translated message", "[importexport]") {
    LongTask task;
    QSignalSpy finished(&task, &LongTask::finished);
    REQUIRE(
        task.start([](const ProgressFn&) -> Result<void> { return fail(ErrorCode::InvalidInput, u"Row 7: bad"_s); }));
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    CHECK_FALSE(task.succeeded());
    CHECK_FALSE(task.wasCancelled());
    CHECK(task.error().message == u"Row 7: bad"_s);
}

TEST_CASE("a worker that cannot open the database reports it instead of crashing", "[importexport]") {
    LongTask task;
    QSignalSpy finished(&task, &LongTask::finished);
    bool ran = false;
    REQUIRE(task.start(u"/nonexistent-dir/none.sqlite"_s, [&](Database&, const ProgressFn&) -> Result<void> {
        ran = true;
        return {};
    }));
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    CHECK_FALSE(ran);
    CHECK_FALSE(task.succeeded());
    CHECK_FALSE(task.error().message.isEmpty());
}

TEST_CASE("progress text counts rows in the UI locale with an estimated total", "[importexport]") {
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(ProgressText::describe(WorkKind::Import, WorkProgress{12345, -1, 1234500, 5000000}) ==
          u"Imported 12,345 of ~50,000 row(s)"_s);
    CHECK(ProgressText::describe(WorkKind::Export, WorkProgress{500, 2000, 0, -1}) ==
          u"Exported 500 of 2,000 record(s)"_s);
    CHECK(ProgressText::describe(WorkKind::Generate, WorkProgress{3, -1, 0, -1}) == u"Generated 3 record(s)"_s);
    CHECK(ProgressText::permille(WorkProgress{500, 2000, 0, -1}) == 250);
    CHECK(ProgressText::permille(WorkProgress{5, -1, 0, -1}) == -1);
    QLocale::setDefault(previous);
}

TEST_CASE("the progress panel's Cancel button cancels the task it follows", "[importexport]") {
    LongTask task;
    ProgressPanel panel;
    panel.attach(&task, WorkKind::Import);
    QSignalSpy finished(&task, &LongTask::finished);
    QSignalSpy progressed(&task, &LongTask::progressed);
    REQUIRE(task.start([](const ProgressFn& progress) -> Result<void> {
        for (qint64 done = 1;; ++done) {
            if (!progress(WorkProgress{done, -1, done * 10, 100'000'000}))
                return fail(ErrorCode::Cancelled, u"cancelled"_s);
        }
    }));
    auto* cancel = child<QPushButton>(&panel, u"taskCancelButton"_s);
    REQUIRE(progressed.wait(kWorkerTimeoutMs));
    CHECK(child<QLabel>(&panel, u"taskProgressText"_s)->text().startsWith(u"Imported"_s));
    REQUIRE(cancel->isEnabled());
    cancel->click();
    CHECK(panel.text() == u"Cancelling…"_s);
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    CHECK(task.wasCancelled());
    CHECK_FALSE(cancel->isEnabled());
}
