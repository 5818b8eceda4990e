#include "CalendarTransfer.h"

#include "importexport/LongTask.h"
#include "importexport/TaskProgressDialog.h"
#include "protocol/RecordType.h"
#include "services/CalendarExport.h"
#include "store/db/Database.h"
#include "widgets/FileDialog.h"
#include "widgets/Icons.h"
#include "widgets/MessageBox.h"
#include "workflows/CalendarImport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The report as people read it: the counts, then each issue with its line.
QString reportText(const CalendarImportReport& report, const QString& fileName, QString* details) {
    QStringList lines;
    for (const IcsIssue& issue : report.issues)
        lines.append(CalendarTransfer::tr("Line %1 (%2): %3")
                         .arg(issue.line)
                         .arg(issue.summary.isEmpty() ? issue.uid : issue.summary, issue.message));
    *details = lines.join(u'\n');
    QString text = CalendarTransfer::tr("%1: %n event(s) added", nullptr, report.eventsAdded).arg(fileName);
    text += u", "_s + CalendarTransfer::tr("%n updated", nullptr, report.eventsUpdated);
    text += u"; "_s + CalendarTransfer::tr("%n task(s) added", nullptr, report.tasksAdded);
    text += u", "_s + CalendarTransfer::tr("%n updated", nullptr, report.tasksUpdated) + u'.';
    if (report.skipped > 0)
        text += u' ' + CalendarTransfer::tr("%n item(s) could not be kept; the details say which and why.", nullptr,
                                            report.skipped);
    else if (!report.issues.isEmpty())
        text += u' ' + CalendarTransfer::tr("Some values were read approximately; the details say which.");
    return text;
}

} // namespace

CalendarTransfer::CalendarTransfer(QWidget* window, Database& guiDb, QString dbPath, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_guiDb(guiDb)
    , m_dbPath(std::move(dbPath))
    , m_import(new QAction(Icons::get(u"document-import"_s), tr("Import &calendar…"), this))
    , m_export(new QAction(Icons::get(u"document-export"_s), tr("Export ca&lendar…"), this)) {
    m_import->setObjectName(u"importCalendarAction"_s);
    m_export->setObjectName(u"exportCalendarAction"_s);
    m_import->setToolTip(tr("Import events and tasks from an iCalendar (.ics) file"));
    connect(m_import, &QAction::triggered, this, &CalendarTransfer::chooseAndImport);
    connect(m_export, &QAction::triggered, this, &CalendarTransfer::exportCalendar);
}

QStringList CalendarTransfer::calendarFiles(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".ics"_s, Qt::CaseInsensitive))
            paths.append(url.toLocalFile());
    return paths;
}

void CalendarTransfer::chooseAndImport() {
    const QString path = FileDialog::openFileName(m_window, tr("Import calendar"), QDir::homePath(),
                                                  tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty())
        importOne(path);
}

void CalendarTransfer::importFiles(const QStringList& paths) {
    for (const QString& path : paths)
        importOne(path);
}

void CalendarTransfer::importOne(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(m_window, tr("Import calendar"),
                            tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString fileName = QFileInfo(path).fileName();
    auto report = std::make_shared<CalendarImportReport>();
    LongTask task;
    task.setTablesToRefresh(&m_guiDb, {RecordType::events().table, RecordType::tasks().table});
    TaskProgressDialog dialog(&task, WorkKind::Import, tr("Importing %1…").arg(fileName), m_window);
    dialog.setWindowTitle(tr("Import calendar"));
    task.start(m_dbPath, [bytes, fileName, report](Database& db, const ProgressFn& progress) -> Result<void> {
        auto done = CalendarImport(db).run(bytes, fileName, false, [&progress](qint64 items, qint64 total) {
            return !progress || progress(WorkProgress{items, total, 0, -1});
        });
        if (!done)
            return std::unexpected(done.error());
        *report = *done;
        return {};
    });
    dialog.exec();
    if (task.wasCancelled())
        return;
    if (!task.succeeded()) {
        MessageBox::warning(m_window, tr("Import calendar"),
                            tr("Nothing was imported from %1: %2").arg(shown, task.error().message));
        return;
    }
    QString details;
    const QString text = reportText(*report, fileName, &details);
    if (report->skipped > 0)
        MessageBox::critical(m_window, tr("Import calendar"), text, details);
    else if (!details.isEmpty())
        MessageBox::information(m_window, tr("Import calendar"),
                                text + u"\n\n"_s + details.section(u'\n', 0, 9)); // the first ten
    else
        MessageBox::information(m_window, tr("Import calendar"), text);
}

void CalendarTransfer::exportCalendar() {
    const QString path =
        FileDialog::saveFileName(m_window, tr("Export calendar"), QDir::home().filePath(tr("calendar") + u".ics"_s),
                                 tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    auto ics = CalendarExport::exportIcs(m_guiDb, std::nullopt, std::nullopt, QTimeZone::systemTimeZone());
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!ics || !file.open(QIODevice::WriteOnly) || file.write(*ics) != ics->size() || !file.commit()) {
        MessageBox::warning(m_window, tr("Export calendar"),
                            tr("The calendar could not be written to %1: %2")
                                .arg(shown, ics ? file.errorString() : ics.error().message));
        return;
    }
    MessageBox::information(m_window, tr("Export calendar"), tr("The calendar was written to %1.").arg(shown));
}

} // namespace Fieldbook
