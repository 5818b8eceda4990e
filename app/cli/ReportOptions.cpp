#include "ReportOptions.h"

#include "CalendarCliOptions.h"
#include "CliContext.h"
#include "store/records/PipelineRepository.h"
#include "store/records/UserRepository.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Fieldbook {

void ReportOptions::configure(QCommandLineParser& parser, const QStringList& dimensions) {
    parser.addOption({u"period"_s, tr("month, quarter or year (fiscal; default quarter)."), u"PERIOD"_s, u"quarter"_s});
    parser.addOption({u"from"_s, tr("The first day (ISO date); default: the current fiscal year."), u"DATE"_s});
    parser.addOption({u"to"_s, tr("The last day, included (ISO date)."), u"DATE"_s});
    parser.addOption({u"by"_s, tr("Group by %1 (default total).").arg(dimensions.join(u'|')), u"GROUP"_s});
    parser.addOption(
        {u"currency"_s, tr("Report in this currency (default: the reporting currency of Settings)."), u"CUR"_s});
    parser.addOption({u"under"_s, tr("Only this user and everyone below them (a user name)."), u"NAME"_s});
    parser.addOption({u"team"_s, tr("Only the owners in this team."), u"TEAM"_s});
    parser.addOption({u"pipeline"_s, tr("Only this pipeline (its name)."), u"NAME"_s});
}

QString ReportOptions::readQuery(const QCommandLineParser& parser, const QStringList& dimensions,
                                 ForecastRequest& request) {
    const auto period = parsePeriodKind(parser.value(u"period"_s));
    if (!period)
        return tr("--period expects month, quarter or year, not '%1'").arg(parser.value(u"period"_s));
    request.query.period = *period;
    const QString byText = parser.isSet(u"by"_s) ? parser.value(u"by"_s) : u"total"_s;
    const auto by = parseForecastDimension(byText);
    if (!by || !dimensions.contains(forecastDimensionKey(*by)))
        return tr("--by expects one of %1, not '%2'").arg(dimensions.join(u", "_s), byText);
    request.query.by = *by;
    QString problem;
    const auto from = CalendarCliOptions::date(parser, u"from"_s, &problem);
    const auto to = problem.isEmpty() ? CalendarCliOptions::date(parser, u"to"_s, &problem) : std::nullopt;
    if (!problem.isEmpty())
        return problem;
    if (from.has_value() != to.has_value())
        return tr("give both --from DATE and --to DATE, or neither (the current fiscal year)");
    if (from && *to < *from)
        return tr("--to (%1) is before --from (%2)").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate));
    request.query.from = from.value_or(QDate());
    request.query.to = to.value_or(QDate());
    request.currency = parser.value(u"currency"_s).trimmed();
    request.query.filter.team = parser.value(u"team"_s).trimmed();
    return {};
}

Result<void> ReportOptions::resolveNames(Database& db, const QCommandLineParser& parser, ForecastFilter& filter) {
    if (parser.isSet(u"under"_s)) {
        auto user = UserRepository(db).findByName(parser.value(u"under"_s));
        if (!user)
            return std::unexpected(user.error());
        if (!*user)
            return fail(ErrorCode::NotFound, tr("--under: no user is called '%1'").arg(parser.value(u"under"_s)));
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
    return fail(ErrorCode::NotFound, tr("--pipeline: no pipeline is called '%1'").arg(wanted));
}

void ReportOptions::defaultRange(const FiscalCalendar& calendar, ForecastQuery& query) {
    if (query.from.isValid())
        return;
    const FiscalPeriod year = ForecastReport::currentYear(calendar, QDate::currentDate());
    query.from = year.first;
    query.to = year.last;
}

void ReportOptions::noteRates(CliContext& context, const CurrencyRates& rates) {
    if (!rates.rates().isEmpty())
        context.note(
            tr("amounts in %1, converted with %2").arg(rates.reportingCurrency(), ForecastReport::ratesText(rates)));
}

std::shared_ptr<const ForecastEngine> ReportOptions::engine(CliContext& context, const QCommandLineParser& parser,
                                                            const QStringList& dimensions, ForecastRequest& request,
                                                            int* status) {
    if (const QString problem = readQuery(parser, dimensions, request); !problem.isEmpty()) {
        *status = context.error(ExitCode::Usage, problem);
        return nullptr;
    }
    auto db = context.openDatabase(false);
    if (!db) {
        *status = context.databaseError(db.error());
        return nullptr;
    }
    if (auto names = resolveNames(**db, parser, request.query.filter); !names) {
        *status = context.error(names.error(), ExitCode::Usage);
        return nullptr;
    }
    auto engine = ForecastReport::engine(**db, request.currency);
    if (!engine) {
        *status = context.error(engine.error(), ExitCode::Usage);
        return nullptr;
    }
    defaultRange((*engine)->calendar(), request.query);
    return *engine;
}

} // namespace Fieldbook
