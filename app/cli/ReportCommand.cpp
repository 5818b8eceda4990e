#include "ReportCommand.h"

#include "CliContext.h"
#include "CallReportCli.h"
#include "CommissionReportCli.h"
#include "ForecastReportCli.h"
#include "RfmReport.h"
#include "store/db/StoreFiles.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// One report: its name on the command line, its synopsis after `report`, and what runs it (it
/// writes to `out` and returns an ExitCode value).
struct Report {
    const char16_t* name;
    const char16_t* synopsis;
    int (*run)(CliContext& context, const QCommandLineParser& parser, ReportFormat format, QIODevice& out);
};

constexpr Report kReports[] = {
    {u"forecast",
     u"forecast --period month|quarter|year [--from DATE --to DATE] "
     u"[--by owner|manager|team|category|stage|product|region|industry] [--currency CUR] [--under NAME] "
     u"[--team TEAM] [--pipeline NAME] --format csv|json [-o FILE]",
     &ForecastReportCli::run},
    {u"rfm", u"rfm --format csv|json [--as-of DATE] [--segment NAME] [--top N] [-o FILE]", &RfmReport::run},
    {u"commission",
     u"commission --period month|quarter|year [--from DATE --to DATE] [--by owner|manager|team] [--currency CUR] "
     u"[--under NAME] [--team TEAM] [--pipeline NAME] --format csv|json [-o FILE]",
     &CommissionReportCli::run},
    {u"calls", u"calls --by rep|list|day|week|month|hour [--from DATE --to DATE] --format csv|json [-o FILE]",
     &CallReportCli::run},
};

QString reportNames() {
    QStringList names;
    for (const Report& r : kReports)
        names.append(QString::fromUtf16(r.name));
    return names.join(u", "_s);
}

} // namespace

QString ReportCommand::synopsis() const {
    QStringList lines;
    for (const Report& r : kReports)
        lines.append(u"report "_s + QString::fromUtf16(r.synopsis));
    return lines.join(u"\n       fieldbook-cli --db FILE "_s);
}

QString ReportCommand::summary() const {
    return tr("reports as CSV or JSON: forecast (against quota, rolled up through the team), rfm (customer "
              "segments by recency, frequency and monetary value, and the Pareto view) and commission (earned on "
              "closed won, expected on Commit and Best case) and calls (telesales statistics per rep, list, day, week, "
              "month or hour)");
}

void ReportCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"REPORT"_s, tr("The report: %1.").arg(reportNames()));
    parser.addOption({u"format"_s,
                      tr("csv (default: one row per line of the report) or json (the rows and the "
                         "report's totals)."),
                      u"FORMAT"_s, u"csv"_s});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to FILE instead of stdout."), u"FILE"_s});
    ForecastReportCli::configure(parser);
    RfmReport::configure(parser);
}

int ReportCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.error(ExitCode::Usage, tr("report needs one report name: %1").arg(reportNames()));
    const Report* report = std::find_if(std::begin(kReports), std::end(kReports),
                                        [&](const Report& r) { return args.first() == QStringView(r.name); });
    if (report == std::end(kReports))
        return context.error(ExitCode::Usage,
                             tr("unknown report '%1'; available: %2").arg(args.first(), reportNames()));
    const QString formatText = parser.value(u"format"_s).toLower();
    if (formatText != u"csv"_s && formatText != u"json"_s)
        return context.error(ExitCode::Usage, tr("--format expects csv or json, not '%1'").arg(formatText));
    const ReportFormat format = formatText == u"json"_s ? ReportFormat::Json : ReportFormat::Csv;

    const QString outputPath = parser.value(u"output"_s);
    if (outputPath.isEmpty())
        return report->run(context, parser, format, context.out());
    if (auto refused = StoreFiles::refuse(outputPath); !refused)
        return context.error(refused.error(), ExitCode::Failure);
    QSaveFile file(outputPath); // written only when the report succeeds
    if (!file.open(QIODevice::WriteOnly))
        return context.error(ExitCode::Failure,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString()));
    const int status = report->run(context, parser, format, file);
    if (status == int(ExitCode::Ok) && !file.commit())
        return context.error(ExitCode::Failure,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString()));
    return status;
}

} // namespace Fieldbook
