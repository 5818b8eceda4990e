#include "CalendarImport.h"

#include "CalendarImportLines.h"
#include "CalendarImportWriter.h"
#include "calendar/IcsReader.h"
#include "common/JsonWriter.h"
#include "store/db/Database.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QJsonObject CalendarImportReport::toJson() const {
    return QJsonDocument::fromJson(toJsonText()).object();
}

QByteArray CalendarImportReport::toJsonText() const {
    JsonWriter json;
    json.beginObject();
    for (const auto& [key, count] : {std::pair{u"events_added", eventsAdded},
                                     std::pair{u"events_updated", eventsUpdated}, std::pair{u"tasks_added", tasksAdded},
                                     std::pair{u"tasks_updated", tasksUpdated}, std::pair{u"skipped", skipped}}) {
        json.key(key);
        json.value(qint64(count));
    }
    json.key(u"issues");
    json.beginArray();
    for (const IcsIssue& issue : issues) {
        json.beginObject();
        json.key(u"line");
        json.value(qint64(issue.line));
        for (const auto& [key, text] : {std::pair{u"uid", &issue.uid}, std::pair{u"summary", &issue.summary},
                                        std::pair{u"message", &issue.message}}) {
            json.key(key);
            json.value(*text);
        }
        json.key(u"skipped");
        json.value(issue.skipped);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take().toUtf8();
}

CalendarImport::CalendarImport(Database& db, QTimeZone viewer)
    : m_db(db)
    , m_viewer(std::move(viewer)) {}

Result<CalendarImportReport> CalendarImport::run(const QByteArray& bytes, const QString& fileName, bool dryRun,
                                                 const CalendarImportProgress& progress) {
    auto read = readIcs(bytes, fileName);
    if (!read)
        return std::unexpected(read.error());
    CalendarImportReport report;
    report.issues = read->issues;
    report.skipped = int(std::count_if(report.issues.cbegin(), report.issues.cend(),
                                       [](const IcsIssue& issue) { return issue.skipped; }));
    const QList<int> lines = CalendarImportLines::of(bytes, read->items);
    bool dryRunRolledBack = false;
    auto ok = m_db.transaction([&]() -> Result<void> {
        CalendarImportWriter writer(m_db, m_viewer, report);
        if (auto written = writer.write(read->items, lines, progress); !written)
            return written;
        if (dryRun) {
            dryRunRolledBack = true;
            return fail(ErrorCode::Cancelled, tr("Dry run: nothing was imported."));
        }
        return {};
    });
    if (!ok && !dryRunRolledBack)
        return std::unexpected(ok.error());
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const IcsIssue& a, const IcsIssue& b) { return a.line < b.line; });
    return report;
}

} // namespace Fieldbook
