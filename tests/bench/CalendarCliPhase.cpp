#include "CalendarCliPhase.h"

#include "BenchTimer.h"
#include "services/CalendarAgenda.h"
#include "services/DemoDataService.h"
#include "store/db/Database.h"
#include "workflows/CalendarImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

const QString kGoogleExport = u"calendar/recurring-ical-events/daylight_saving_time.ics"_s;

/// The corpus file, from FIELDBOOK_SHARED_DATA or a shared/data folder beside a parent of the program.
QString googleExportPath() {
    if (const QString shared = qEnvironmentVariable("FIELDBOOK_SHARED_DATA"); !shared.isEmpty())
        return QDir(shared).filePath(kGoogleExport);
    QDir dir(QCoreApplication::applicationDirPath());
    for (int up = 0; up < 8; ++up) {
        for (const QString& candidate : {u"../shared/data/"_s, u"shared/data/"_s})
            if (QFile::exists(dir.filePath(candidate + kGoogleExport)))
                return QDir::cleanPath(dir.filePath(candidate + kGoogleExport));
        if (!dir.cdUp())
            break;
    }
    return {};
}

void measureAgenda(const QString& dir, QJsonObject& metrics) {
    const QString path = dir + u"/calendar-cli.sqlite"_s;
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db) {
        metrics.insert(u"calendar_cli_error"_s, db.error().message);
        return;
    }
    DemoRequest request;
    request.accounts = 1000;
    request.contacts = 4000;
    request.events = 20000;
    request.tasks = 5000;
    request.seed = 42;
    request.nowMs = QDateTime(QDate(2027, 1, 15), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QElapsedTimer generating;
    generating.start();
    if (auto generated = DemoDataService::generate(**db, request); !generated) {
        metrics.insert(u"calendar_cli_error"_s, generated.error().message);
        return;
    }
    metrics.insert(u"calendar_generate_s"_s, elapsedMs(generating) / 1000.0);
    const QTimeZone viewer("Europe/Berlin");
    const CalendarAgenda agenda(**db, viewer);
    Samples samples;
    qsizetype occurrences = 0;
    for (int run = 0; run < 4; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto entries = agenda.entries(QDate(2026, 9, 1), QDate(2027, 8, 31));
        const QByteArray json = entries ? CalendarAgenda::toJson(*entries, viewer) : QByteArray();
        if (run > 0) // the first run warms SQLite's page cache
            samples.add(elapsedMs(timer));
        occurrences = entries ? entries->size() : -1;
    }
    metrics.insert(u"agenda_year_json_ms"_s, samples.percentile(50));
    metrics.insert(u"agenda_year_occurrences"_s, qint64(occurrences));
}

/// The Google export with its VEVENTs repeated `copies` times, each copy's UIDs made its own.
QByteArray repeated(const QByteArray& ics, int copies) {
    const qsizetype first = ics.indexOf("BEGIN:VEVENT");
    const qsizetype end = ics.lastIndexOf("END:VCALENDAR");
    const QByteArray head = ics.left(first);
    const QString body = QString::fromUtf8(ics.mid(first, end - first));
    static const QRegularExpression uid(u"^UID:(.*)\\r?$"_s, QRegularExpression::MultilineOption);
    QByteArray out = head;
    for (int copy = 0; copy < copies; ++copy) {
        QString text = body;
        text.replace(uid, u"UID:\\1-copy%1"_s.arg(copy));
        out += text.toUtf8();
    }
    return out + "END:VCALENDAR\r\n";
}

void measureImport(const QString& dir, QJsonObject& metrics) {
    const QString source = googleExportPath();
    QFile file(source);
    if (source.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        metrics.insert(u"calendar_cli_error"_s, u"the calendar corpus was not found; set FIELDBOOK_SHARED_DATA"_s);
        return;
    }
    const QByteArray ics = repeated(file.readAll(), 157);
    const QString path = dir + u"/calendar-import.sqlite"_s;
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db) {
        metrics.insert(u"calendar_cli_error"_s, db.error().message);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto report = CalendarImport(**db, QTimeZone("Europe/Berlin")).run(ics, source, false);
    const double seconds = elapsedMs(timer) / 1000.0;
    if (!report) {
        metrics.insert(u"calendar_cli_error"_s, report.error().message);
        return;
    }
    metrics.insert(u"ics_import_events"_s, report->eventsAdded);
    metrics.insert(u"ics_import_bytes"_s, qint64(ics.size()));
    metrics.insert(u"ics_import_events_per_s"_s, seconds > 0 ? double(report->eventsAdded) / seconds : 0.0);
}

} // namespace

QJsonObject runCalendarCliPhase(const QString& dir) {
    QJsonObject metrics;
    measureAgenda(dir, metrics);
    measureImport(dir, metrics);
    return metrics;
}

} // namespace Fieldbook::Bench
