// fieldbook-bench: builds the dataset of docs/performance.md and prints one JSON object of metrics.
//
//   fieldbook-bench [--accounts N] [--contacts N] [--activities N] [--import-rows N] [--workdir DIR]
//                   [--sync-records N] [--sync-database postgresql://...] [--skip-sync]
//                   [--board-opportunities N] [--calendar-only] [--forecast-only] [--forecast-opportunities N]
//                   [--rfm-accounts N] [--rfm-only] [--telesales-contacts N] [--telesales-only]
//
// The GUI metrics (open to first page, scrolling, resident memory) are measured in a child process
// (`--gui-phase DB`) so that memory used while generating the dataset does not count; the
// dashboard's over the forecast store in another (`--dashboard-phase DB`). The sync
// metrics run the fieldbook-server binary of this build as a child process (SyncPhase.h).

#include "BenchTimer.h"
#include "BoardPhase.h"
#include "CalendarCliPhase.h"
#include "CalendarPhase.h"
#include "DashboardPhase.h"
#include "ForecastPhase.h"
#include "GuiPhase.h"
#include "ImportPhase.h"
#include "QuotePdfPhase.h"
#include "RfmPhase.h"
#include "TelesalesPhase.h"
#include "SearchPhase.h"
#include "SyncPhase.h"
#include "services/DemoDataService.h"
#include "store/db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString& what) {
    std::fprintf(stderr, "fieldbook-bench: %s\n", qPrintable(what));
    return 1;
}

/// Runs this program with `arguments` (a GUI phase in a process of its own) and adds the metrics
/// it prints to `metrics`; an error message, or "".
QString runChild(const QStringList& arguments, QJsonObject& metrics) {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(300'000) || child.exitCode() != 0)
        return arguments.first() + u" failed: "_s + QString::fromUtf8(child.readAllStandardError()) +
               QString::fromUtf8(child.readAllStandardOutput());
    const QJsonObject measured = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    for (auto it = measured.begin(); it != measured.end(); ++it)
        metrics.insert(it.key(), it.value());
    return {};
}

/// The sync phase's metrics into `metrics`; 1 when one of its measurements failed.
int addSyncMetrics(const QString& dir, int records, const QString& postgresUrl, QJsonObject& metrics) {
    Bench::SyncPhaseOptions sync;
    sync.dir = dir;
    sync.records = records;
    sync.postgresUrl = postgresUrl;
    const Bench::SyncPhaseResult measured = Bench::runSyncPhase(sync);
    for (auto it = measured.metrics.begin(); it != measured.metrics.end(); ++it)
        metrics.insert(it.key(), it.value());
    int status = 0;
    for (const QString& error : measured.errors)
        status = fail(error); // the metrics measured are printed all the same
    return status;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption accountsOpt(u"accounts"_s, u"Accounts in the dataset."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption contactsOpt(u"contacts"_s, u"Contacts in the dataset."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption activitiesOpt(u"activities"_s, u"Activities in the dataset."_s, u"N"_s, u"300000"_s);
    const QCommandLineOption importOpt(u"import-rows"_s, u"Rows in the CSV import test."_s, u"N"_s, u"50000"_s);
    const QCommandLineOption workdirOpt(u"workdir"_s, u"Keep the files in DIR."_s, u"DIR"_s);
    const QCommandLineOption guiOpt(u"gui-phase"_s, u"Internal: measure the GUI on DB."_s, u"DB"_s);
    const QCommandLineOption dashboardOpt(u"dashboard-phase"_s, u"Internal: measure the dashboard on DB."_s, u"DB"_s);
    const QCommandLineOption syncRecordsOpt(u"sync-records"_s, u"Records pushed and pulled in the sync test."_s, u"N"_s,
                                            u"100000"_s);
    const QCommandLineOption syncDatabaseOpt(
        u"sync-database"_s,
        u"Also measure sync on PostgreSQL: a server's maintenance database to create a scratch database on "
        u"(default: $FIELDBOOK_BENCH_POSTGRES)."_s,
        u"URL"_s);
    const QCommandLineOption skipSyncOpt(u"skip-sync"_s, u"Leave out the sync metrics."_s);
    const QCommandLineOption syncOnlyOpt(u"sync-only"_s, u"Measure sync alone (while working on it)."_s);
    const QCommandLineOption boardOpt(u"board-opportunities"_s, u"Open opportunities on the pipeline board."_s, u"N"_s,
                                      u"50000"_s);
    const QCommandLineOption calendarOpt(u"calendar-only"_s, u"Measure the calendar alone (while working on it)."_s);
    const QCommandLineOption forecastOpt(u"forecast-only"_s, u"Measure the forecast alone (while working on it)."_s);
    const QCommandLineOption forecastSizeOpt(u"forecast-opportunities"_s, u"Opportunities in the forecast test."_s,
                                             u"N"_s, u"100000"_s);
    const QCommandLineOption rfmAccountsOpt(u"rfm-accounts"_s, u"Accounts with won business in the RFM report."_s,
                                            u"N"_s, u"100000"_s);
    const QCommandLineOption rfmOpt(u"rfm-only"_s, u"Measure the RFM report alone (while working on it)."_s);
    const QCommandLineOption telesalesContactsOpt(u"telesales-contacts"_s, u"Contacts in the telesales test."_s, u"N"_s,
                                                  u"100000"_s);
    const QCommandLineOption telesalesOpt(u"telesales-only"_s, u"Measure telesales alone (while working on it)."_s);
    parser.addOptions({accountsOpt, contactsOpt, activitiesOpt, importOpt, workdirOpt, guiOpt, syncRecordsOpt,
                       syncDatabaseOpt, skipSyncOpt, boardOpt, calendarOpt, forecastOpt, forecastSizeOpt,
                       rfmAccountsOpt, rfmOpt, dashboardOpt, telesalesContactsOpt, telesalesOpt, syncOnlyOpt});
    parser.process(app);
    if (parser.isSet(rfmOpt)) {
        QTemporaryDir scratch;
        const QString rfmDir = parser.isSet(workdirOpt) ? parser.value(workdirOpt) : scratch.path();
        const QJsonObject rfm = Bench::runRfmPhase(rfmDir, parser.value(rfmAccountsOpt).toInt());
        std::puts(QJsonDocument(rfm).toJson(QJsonDocument::Compact).constData());
        return rfm.contains(u"rfm_error"_s) ? 1 : 0;
    }
    if (parser.isSet(telesalesOpt)) {
        QTemporaryDir scratch;
        const QJsonObject telesales =
            Bench::runTelesalesPhase(scratch.path(), parser.value(telesalesContactsOpt).toInt());
        std::puts(QJsonDocument(telesales).toJson(QJsonDocument::Compact).constData());
        return telesales.contains(u"telesales_error"_s) ? 1 : 0;
    }
    if (parser.isSet(calendarOpt)) {
        QTemporaryDir scratch;
        const QJsonObject calendar = Bench::runCalendarPhase(scratch.path());
        std::puts(QJsonDocument(calendar).toJson(QJsonDocument::Compact).constData());
        return calendar.contains(u"calendar_error"_s) ? 1 : 0;
    }

    if (parser.isSet(forecastOpt)) {
        QTemporaryDir scratch;
        QJsonObject forecast = Bench::runForecastPhase(scratch.path(), parser.value(forecastSizeOpt).toInt());
        if (forecast.contains(u"forecast_error"_s))
            return fail(forecast.value(u"forecast_error"_s).toString());
        if (const QString error = runChild({u"--dashboard-phase"_s, scratch.path() + u"/forecast.sqlite"_s}, forecast);
            !error.isEmpty())
            return fail(error);
        std::puts(QJsonDocument(forecast).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    if (parser.isSet(dashboardOpt)) {
        const QJsonObject dashboard = Bench::runDashboardPhase(parser.value(dashboardOpt));
        std::fputs(QJsonDocument(dashboard).toJson(QJsonDocument::Compact).constData(), stdout);
        return dashboard.contains(u"error"_s) ? 1 : 0;
    }

    if (parser.isSet(guiOpt)) {
        const QJsonObject gui = Bench::runGuiPhase(parser.value(guiOpt));
        std::fputs(QJsonDocument(gui).toJson(QJsonDocument::Compact).constData(), stdout);
        return gui.contains(u"error"_s) ? 1 : 0;
    }

    const int syncRecords = parser.value(syncRecordsOpt).toInt();
    if (!parser.isSet(skipSyncOpt) && syncRecords < 1)
        return fail(u"--sync-records needs a positive number"_s);

    QTemporaryDir tmp;
    const QString dir = parser.isSet(workdirOpt) ? parser.value(workdirOpt) : tmp.path();
    const QString postgresUrl = parser.isSet(syncDatabaseOpt) ? parser.value(syncDatabaseOpt)
                                                              : qEnvironmentVariable("FIELDBOOK_BENCH_POSTGRES");
    if (parser.isSet(syncOnlyOpt)) {
        QJsonObject metrics;
        const int status = addSyncMetrics(dir, syncRecords, postgresUrl, metrics);
        std::puts(QJsonDocument(metrics).toJson(QJsonDocument::Compact).constData());
        return status;
    }
    const QString dbPath = dir + u"/bench.sqlite"_s;
    QFile::remove(dbPath);
    QJsonObject metrics;
    DemoRequest request;
    request.accounts = parser.value(accountsOpt).toInt();
    request.contacts = parser.value(contactsOpt).toInt();
    request.activities = parser.value(activitiesOpt).toInt();
    request.seed = 42;
    metrics.insert(u"dataset_accounts"_s, request.accounts);
    metrics.insert(u"dataset_contacts"_s, request.contacts);
    metrics.insert(u"dataset_activities"_s, request.activities);
    {
        auto db = Database::open(dbPath);
        if (!db)
            return fail(db.error().message);
        QElapsedTimer t;
        t.start();
        auto generated = DemoDataService::generate(**db, request);
        if (!generated)
            return fail(generated.error().message);
        metrics.insert(u"generate_s"_s, Bench::elapsedMs(t) / 1000.0);

        const auto search = Bench::runSearchPhase(**db);
        for (auto it = search.begin(); it != search.end(); ++it)
            metrics.insert(it.key(), it.value());
    }

    const auto board = Bench::runBoardPhase(dir, parser.value(boardOpt).toInt());
    for (auto it = board.begin(); it != board.end(); ++it)
        metrics.insert(it.key(), it.value());

    const auto forecast = Bench::runForecastPhase(dir, parser.value(forecastSizeOpt).toInt());
    for (auto it = forecast.begin(); it != forecast.end(); ++it)
        metrics.insert(it.key(), it.value());
    if (const QString error = runChild({u"--dashboard-phase"_s, dir + u"/forecast.sqlite"_s}, metrics);
        !error.isEmpty())
        return fail(error);

    const auto rfm = Bench::runRfmPhase(dir, parser.value(rfmAccountsOpt).toInt());
    for (auto it = rfm.begin(); it != rfm.end(); ++it)
        metrics.insert(it.key(), it.value());

    const auto telesales = Bench::runTelesalesPhase(dir, parser.value(telesalesContactsOpt).toInt());
    for (auto it = telesales.begin(); it != telesales.end(); ++it)
        metrics.insert(it.key(), it.value());

    const auto calendar = Bench::runCalendarPhase(dir);
    for (auto it = calendar.begin(); it != calendar.end(); ++it)
        metrics.insert(it.key(), it.value());

    const auto calendarCli = Bench::runCalendarCliPhase(dir);
    for (auto it = calendarCli.begin(); it != calendarCli.end(); ++it)
        metrics.insert(it.key(), it.value());

    const auto pdf = Bench::runQuotePdfPhase(dir);
    for (auto it = pdf.begin(); it != pdf.end(); ++it)
        metrics.insert(it.key(), it.value());

    const auto import = Bench::runImportPhase(dir, parser.value(importOpt).toInt());
    for (auto it = import.begin(); it != import.end(); ++it)
        metrics.insert(it.key(), it.value());

    if (const QString error = runChild({u"--gui-phase"_s, dbPath}, metrics); !error.isEmpty())
        return fail(error);

    const int status = parser.isSet(skipSyncOpt) ? 0 : addSyncMetrics(dir, syncRecords, postgresUrl, metrics);

    std::puts(QJsonDocument(metrics).toJson(QJsonDocument::Compact).constData());
    return status;
}
