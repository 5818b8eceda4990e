#include "ReportCommand.h"

#include "CliContext.h"
#include "ForecastReportCli.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

struct Report {
    QString name;
    int (*run)(CliContext&, const QCommandLineParser&);
};

const QList<Report>& reports() {
    static const QList<Report> list{{u"forecast"_s, &ForecastReportCli::run}};
    return list;
}

QString names() {
    QStringList list;
    for (const Report& r : reports())
        list.append(r.name);
    return list.join(u", "_s);
}

} // namespace

void ReportCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"report"_s, tr("Which report: %1.").arg(names()));
    ForecastReportCli::configure(parser);
    parser.addOption({u"format"_s, tr("csv or json."), u"FORMAT"_s});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to FILE instead of the standard output."), u"FILE"_s});
}

int ReportCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    for (const Report& report : reports()) {
        if (args == QStringList{report.name})
            return report.run(context, parser);
    }
    return context.error(ExitCode::Usage, args.isEmpty()
                                              ? tr("report needs which report: %1").arg(names())
                                              : tr("unknown report '%1'; available: %2").arg(args.join(u' '), names()));
}

} // namespace Fieldbook
