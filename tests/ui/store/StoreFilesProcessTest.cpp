// The store's files against a second program (issue "a user's first day", point 1): the app holds
// its store open while the code that shows and reads files in the store's folder runs; real
// fieldbook-cli processes write and close; every write of both must be there afterwards.
#include "SingleInstance.h"
#include "store/records/AccountRepository.h"
#include "store/db/Database.h"
#include "store/db/StoreFiles.h"
#include "widgets/FileDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractFileIconProvider>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `program` to its end while this process's event loop keeps running.
Run runProcess(const QString& program, const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Run cli(const QString& db, QStringList arguments) {
    arguments.prepend(db);
    arguments.prepend(u"--db"_s);
    return runProcess(QStringLiteral(FIELDBOOK_CLI_PATH), arguments);
}

qint64 accountsSeenByCli(const QString& db) {
    const Run stats = cli(db, {u"stats"_s});
    INFO(stats.err.toStdString());
    REQUIRE(stats.exitCode == 0);
    return QJsonDocument::fromJson(stats.out).object().value(u"accounts"_s).toInteger();
}

Account named(const QString& name) {
    Account a;
    a.name = name;
    return a;
}

/// Shows the app's file dialog over `folder` until its model has listed the store and its WAL
/// files, and asks for every file's icon and type as the dialog's views and model do. Closing the
/// dialog waits for its model's gatherer thread.
void browseFolder(const QString& folder) {
    std::unique_ptr<QFileDialog> dialog(
        FileDialog::create(nullptr, FileDialog::Mode::OpenOne, u"Browse"_s, folder, {}));
    dialog->setViewMode(QFileDialog::Detail);
    dialog->show();
    auto* model = dialog->findChild<QFileSystemModel*>();
    REQUIRE(model);
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount(model->index(folder)) >= 3; }, 10000));
    const QModelIndex root = model->index(folder);
    for (int row = 0; row < model->rowCount(root); ++row) {
        const QFileInfo info = model->fileInfo(model->index(row, 0, root));
        (void)dialog->iconProvider()->icon(info);
        (void)dialog->iconProvider()->type(info);
        (void)model->data(model->index(row, 0, root), Qt::DecorationRole);
        (void)model->data(model->index(row, 2, root), Qt::DisplayRole);
    }
}

} // namespace

TEST_CASE("a command-line run beside the app loses none of the app's writes after its file dialogs ran",
          "[ui][store][process]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"crm.sqlite"_s); // a name whose type only the content tells
    auto opened = Database::open(path);
    REQUIRE(opened);
    Database& app = **opened;
    AccountRepository accounts(app);
    REQUIRE(accounts.save(named(u"Before the dialog"_s)));
    REQUIRE(QFileInfo::exists(path + u"-wal"_s));

    browseFolder(dir.path());
    // What the app refuses to read or write: its own database and SQLite's files beside it.
    for (const QString& file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
        CHECK_FALSE(StoreFiles::refuse(file));

    const QString csv = dir.filePath(u"accounts.csv"_s);
    QFile out(csv);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("name\nFrom the command line 1\nFrom the command line 2\n");
    out.close();
    const Run imported = cli(path, {u"import"_s, u"accounts"_s, csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(accountsSeenByCli(path) == 3);

    // The CLI closed last but one: the app's WAL is still there and its next write is seen by all.
    CHECK(QFileInfo::exists(path + u"-wal"_s));
    REQUIRE(accounts.save(named(u"After the command line"_s)));
    CHECK(accountsSeenByCli(path) == 4);
    const auto listed = accounts.count();
    REQUIRE(listed);
    CHECK(*listed == 4);
}

TEST_CASE("a second desktop start on the same store hands over to the first and does not open the store",
          "[ui][store][process]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crm.sqlite"_s);
    SingleInstance first(path);
    REQUIRE(first.claim() == SingleInstance::Handover::None);
    QSignalSpy requests(&first, &SingleInstance::requested);

    const Run second = runProcess(QStringLiteral(FIELDBOOK_APP_PATH), {u"--db"_s, path});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    REQUIRE(requests.count() == 1);
    CHECK(requests.at(0).at(0).toByteArray() == "activate");
    CHECK_FALSE(QFileInfo::exists(path)); // the second start never created or opened the store

    SingleInstance other(dir.filePath(u"other.sqlite"_s));
    CHECK(other.claim() == SingleInstance::Handover::None); // another store is another instance
}
