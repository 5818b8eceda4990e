#include "ForecastReport.h"

#include "CsvFieldFormat.h"
#include "store/db/Database.h"
#include "store/records/CurrencySettings.h"
#include "store/records/ForecastSource.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QStringList kFixedColumns{u"period"_s,
                                u"period_start"_s,
                                u"period_end"_s,
                                u"group"_s,
                                u"group_name"_s,
                                u"currency"_s,
                                u"closed_won"_s,
                                u"commit"_s,
                                u"best_case"_s,
                                u"pipeline"_s,
                                u"weighted"_s,
                                u"quota"_s,
                                u"attainment"_s,
                                u"coverage"_s,
                                u"win_rate_count"_s,
                                u"win_rate_amount"_s,
                                u"won_count"_s,
                                u"lost_count"_s,
                                u"open_count"_s,
                                u"deal_count"_s,
                                u"lost_amount"_s,
                                u"average_deal_size"_s,
                                u"sales_cycle_days"_s,
                                u"velocity_per_day"_s,
                                u"unconverted_count"_s,
                                u"unconverted_currencies"_s,
                                u"adjusted_commit"_s,
                                u"adjusted_best_case"_s,
                                u"adjustment_note"_s};

QString ratio(std::optional<double> value, int decimals = 4) {
    return value ? QString::number(*value, 'f', decimals) : QString();
}

QString money(const QString& currency, qint64 minor) {
    return CsvFieldFormat::formatMoney(minor, currency);
}

QString stageColumn(const ForecastStage& stage) {
    return u"days_in_stage:"_s + stage.pipeline + u'/' + stage.key;
}

} // namespace

Result<std::shared_ptr<const ForecastEngine>> ForecastReport::engine(Database& db, const QString& currency,
                                                                     std::optional<CloseRange> closing) {
    CurrencyRates rates = CurrencySettings::load(db);
    if (!currency.isEmpty() && currency.toUpper() != rates.reportingCurrency()) {
        const auto rebased = rates.inCurrency(currency.toUpper());
        if (!rebased)
            return fail(ErrorCode::InvalidInput,
                        tr("There is no exchange rate for %1: add one in Settings › Currency, or report in %2.")
                            .arg(currency.toUpper(), rates.reportingCurrency()));
        rates = *rebased;
    }
    auto input = ForecastSource::load(db, rates, closing);
    if (!input)
        return std::unexpected(input.error());
    return std::make_shared<const ForecastEngine>(*input, FiscalCalendar(ForecastSource::fiscalFirstMonth(db)));
}

FiscalPeriod ForecastReport::currentYear(const FiscalCalendar& calendar, QDate today) {
    return calendar.periodOf(today, PeriodKind::Year);
}

QStringList ForecastReport::columns(const ForecastInput& input) {
    QStringList list = kFixedColumns;
    for (const ForecastStage& stage : input.stages)
        list.append(stageColumn(stage));
    return list;
}

QStringList ForecastReport::csvFields(const ForecastInput& input, const ForecastRow& row) {
    const ForecastFigures& f = row.figures;
    const QString cur = input.rates.reportingCurrency();
    const auto size = f.averageDealSize();
    QStringList fields{row.period.key(),
                       row.period.first.toString(Qt::ISODate),
                       row.period.last.toString(Qt::ISODate),
                       row.group,
                       row.groupName,
                       cur,
                       money(cur, f.closedWon),
                       money(cur, f.commit()),
                       money(cur, f.bestCase()),
                       money(cur, f.openPipeline()),
                       money(cur, f.weighted),
                       money(cur, f.quota),
                       ratio(f.attainment()),
                       ratio(f.coverage()),
                       ratio(f.winRateByCount()),
                       ratio(f.winRateByAmount()),
                       QString::number(f.wonCount),
                       QString::number(f.lostCount),
                       QString::number(f.openCount),
                       QString::number(f.dealCount()),
                       money(cur, f.lost),
                       size ? money(cur, *size) : QString(),
                       ratio(f.salesCycleDays(), 1),
                       f.velocityPerDay() ? money(cur, std::llround(*f.velocityPerDay())) : QString(),
                       QString::number(f.unconverted),
                       f.unconvertedCurrencies.join(u' '),
                       row.adjusted ? money(cur, row.adjusted->commit) : QString(),
                       row.adjusted ? money(cur, row.adjusted->bestCase) : QString(),
                       row.adjusted ? row.adjusted->note : QString()};
    for (int s = 0; s < input.stages.size(); ++s)
        fields.append(ratio(f.daysInStage(s), 1));
    return fields;
}

QJsonObject ForecastReport::json(const ForecastInput& input, const ForecastRow& row) {
    const QStringList names = columns(input);
    const QStringList values = csvFields(input, row);
    QJsonObject object;
    QJsonObject days;
    for (int i = 0; i < names.size(); ++i) {
        if (i >= kFixedColumns.size()) {
            if (!values[i].isEmpty())
                days.insert(names[i].mid(names[i].indexOf(u':') + 1), values[i].toDouble());
            continue;
        }
        const bool text = i <= 5 || names[i] == u"unconverted_currencies"_s || names[i] == u"adjustment_note"_s;
        if (text)
            object.insert(names[i], values[i]);
        else if (values[i].isEmpty())
            object.insert(names[i], QJsonValue::Null);
        else if (names[i].endsWith(u"_count"_s))
            object.insert(names[i], values[i].toInt());
        else
            object.insert(names[i], values[i]); // amounts and ratios as exact decimal text
    }
    object.insert(u"days_in_stage"_s, days);
    return object;
}

QString ForecastReport::ratesText(const CurrencyRates& rates) {
    QStringList parts;
    for (auto it = rates.rates().cbegin(); it != rates.rates().cend(); ++it)
        parts.append(it.key() + u'=' + it->toString());
    return parts.join(u"; "_s);
}

QJsonObject ForecastReport::json(const ForecastEngine& engine, const ForecastQuery& query,
                                 const QList<ForecastRow>& rows) {
    QJsonObject rates;
    for (auto it = engine.input().rates.rates().cbegin(); it != engine.input().rates.rates().cend(); ++it)
        rates.insert(it.key(), it->toString());
    QJsonArray list;
    for (const ForecastRow& row : rows)
        list.append(json(engine.input(), row));
    return {{u"currency"_s, engine.input().rates.reportingCurrency()},
            {u"rates"_s, rates},
            {u"fiscal_year_starts"_s, engine.calendar().firstMonth()},
            {u"period"_s, periodKindKey(query.period)},
            {u"by"_s, forecastDimensionKey(query.by)},
            {u"without_close_date"_s, engine.dealsWithoutCloseDate(query.filter)},
            {u"rows"_s, list}};
}

} // namespace Fieldbook
