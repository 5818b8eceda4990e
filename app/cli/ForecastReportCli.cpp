#include "ForecastReportCli.h"

#include "CalendarCliOptions.h"
#include "CliContext.h"
#include "io/CsvWriter.h"
#include "services/ForecastReport.h"
#include "store/records/PipelineRepository.h"
#include "store/records/UserRepository.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The parts of the request the options give; a problem for the first bad one.
QString readQuery(const QCommandLineParser& parser, ForecastRequest& request) {
    const auto period = parsePeriodKind(parser.value(u"period"_s));
    if (!period)
        return ForecastReportCli::tr("--period expects month, quarter or year, not '%1'")
            .arg(parser.value(u"period"_s));
    request.query.period = *period;
    const auto by = parseForecastDimension(parser.isSet(u"by"_s) ? parser.value(u"by"_s) : u"total"_s);
    if (!by)
        return ForecastReportCli::tr("--by expects one of %1, not '%2'")
            .arg(forecastDimensionKeys().join(u", "_s), parser.value(u"by"_s));
    request.query.by = *by;
    QString problem;
    const auto from = CalendarCliOptions::date(parser, u"from"_s, &problem);
    const auto to = problem.isEmpty() ? CalendarCliOptions::date(parser, u"to"_s, &problem) : std::nullopt;
    if (!problem.isEmpty())
        return problem;
    if (from.has_value() != to.has_value())
        return ForecastReportCli::tr("give both --from DATE and --to DATE, or neither (the current fiscal year)");
    if (from && *to < *from)
        return ForecastReportCli::tr("--to (%1) is before --from (%2)")
            .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate));
    request.query.from = from.value_or(QDate());
    request.query.to = to.value_or(QDate());
    request.currency = parser.value(u"currency"_s).trimmed();
    request.query.filter.team = parser.value(u"team"_s).trimmed();
    return {};
}

/// Names given for --under and --pipeline as ids; a problem when one matches nothing.
Result<void> resolveNames(Database& db, const QCommandLineParser& parser, ForecastFilter& filter) {
    if (parser.isSet(u"under"_s)) {
        auto user = UserRepository(db).findByName(parser.value(u"under"_s));
        if (!user)
            return std::unexpected(user.error());
        if (!*user)
            return fail(ErrorCode::NotFound,
                        ForecastReportCli::tr("--under: no user is called '%1'").arg(parser.value(u"under"_s)));
        filter.underUser = (*user)->id;
    }
    if (!parser.isSet(u"pipeline"_s))
        return {};
    auto pipelines = PipelineRepository(db).pipelines(true);
    if (!pipelines)
        return std::unexpected(pipelines.error());
    const QString wanted = parser.value(u"pipeline"_s).trimmed();
    for (const Pipeline& p : std::as_const(*pipelines)) {
        if (p.key == wanted || p.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            filter.pipeline = p.key;
            return {};
        }
    }
    return fail(ErrorCode::NotFound, ForecastReportCli::tr("--pipeline: no pipeline is called '%1'").arg(wanted));
}

QByteArray csv(const ForecastEngine& engine, const QList<ForecastRow>& rows) {
    QByteArray bytes = CsvWriter::encodeRow(ForecastReport::columns(engine.input()));
    for (const ForecastRow& row : rows)
        bytes += CsvWriter::encodeRow(ForecastReport::csvFields(engine.input(), row));
    return bytes;
}

} // namespace

void ForecastReportCli::configure(QCommandLineParser& parser) {
    parser.addOption(
        {u"period"_s, tr("forecast: month, quarter or year (fiscal; default quarter)."), u"PERIOD"_s, u"quarter"_s});
    parser.addOption({u"from"_s, tr("The first day (ISO date); default: the current fiscal year."), u"DATE"_s});
    parser.addOption({u"to"_s, tr("The last day, included (ISO date)."), u"DATE"_s});
    parser.addOption(
        {u"by"_s, tr("forecast: group by %1 (default total).").arg(forecastDimensionKeys().join(u'|')), u"GROUP"_s});
    parser.addOption(
        {u"currency"_s, tr("Report in this currency (default: the reporting currency of Settings)."), u"CUR"_s});
    parser.addOption({u"under"_s, tr("Only this user and everyone below them (a user name)."), u"NAME"_s});
    parser.addOption({u"team"_s, tr("Only the owners in this team."), u"TEAM"_s});
    parser.addOption({u"pipeline"_s, tr("Only this pipeline (its name)."), u"NAME"_s});
}

int ForecastReportCli::run(CliContext& context, const QCommandLineParser& parser, ReportFormat format, QIODevice& out) {
    ForecastRequest request;
    const QString problem = readQuery(parser, request);
    if (!problem.isEmpty())
        return context.error(ExitCode::Usage, problem);
    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    if (auto names = resolveNames(**db, parser, request.query.filter); !names)
        return context.error(names.error(), ExitCode::Usage);
    auto engine = ForecastReport::engine(**db, request.currency);
    if (!engine)
        return context.error(engine.error(), ExitCode::Usage);
    if (!request.query.from.isValid()) {
        const FiscalPeriod year = ForecastReport::currentYear((*engine)->calendar(), QDate::currentDate());
        request.query.from = year.first;
        request.query.to = year.last;
    }
    const QList<ForecastRow> rows = (*engine)->rows(request.query);
    if (format == ReportFormat::Json) {
        out.write(QJsonDocument(ForecastReport::json(**engine, request.query, rows)).toJson(QJsonDocument::Compact) +
                  '\n');
        return int(ExitCode::Ok);
    }
    const CurrencyRates& rates = (*engine)->input().rates;
    if (!rates.rates().isEmpty())
        context.note(
            tr("amounts in %1, converted with %2").arg(rates.reportingCurrency(), ForecastReport::ratesText(rates)));
    out.write(csv(**engine, rows));
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
