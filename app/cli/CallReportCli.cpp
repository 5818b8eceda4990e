#include "CallReportCli.h"

#include "CliContext.h"
#include "common/Clock.h"
#include "io/CsvWriter.h"
#include "services/CallStatistics.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// --from and --to, this month by default; a problem in `problem`.
std::pair<QDate, QDate> rangeOf(const QCommandLineParser& parser, QString* problem) {
    const QDate today = Clock::today();
    QDate from(today.year(), today.month(), 1);
    QDate to = from.addMonths(1).addDays(-1);
    for (auto [name, date] : {std::pair{u"from"_s, &from}, std::pair{u"to"_s, &to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid())
            *problem =
                CallReportCli::tr("--%1 expects a date such as 2026-01-31, not '%2'").arg(name, parser.value(name));
    }
    if (problem->isEmpty() && from > to)
        *problem = CallReportCli::tr("--from must not be after --to");
    return {from, to};
}

} // namespace

int CallReportCli::run(CliContext& context, const QCommandLineParser& parser, ReportFormat format, QIODevice& out) {
    const QString byText = parser.isSet(u"by"_s) ? parser.value(u"by"_s).toLower() : u"rep"_s;
    const auto by = CallStatistics::parseGrouping(byText);
    QString problem;
    const auto [from, to] = rangeOf(parser, &problem);
    if (!by)
        problem = tr("--by expects %1, not '%2'").arg(CallStatistics::groupingKeys().join(u'|'), byText);
    if (!problem.isEmpty())
        return context.error(ExitCode::Usage, problem);
    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    auto report = CallStatistics::build(**db, *by, from, to, QTimeZone::systemTimeZone());
    if (!report)
        return context.error(report.error(), ExitCode::Database);
    if (format == ReportFormat::Json) {
        out.write(QJsonDocument(CallStatistics::json(*report)).toJson(QJsonDocument::Compact) + '\n');
        return int(ExitCode::Ok);
    }
    context.note(tr("calls from %1 to %2; opportunity amounts in %3")
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), report->currency));
    QByteArray bytes = CsvWriter::encodeRow(CallStatistics::columns());
    for (const CallStatsRow& row : std::as_const(report->rows))
        bytes += CsvWriter::encodeRow(CallStatistics::csvFields(row));
    bytes += CsvWriter::encodeRow(CallStatistics::csvFields(report->total));
    out.write(bytes);
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
