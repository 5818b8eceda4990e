#include "CommissionReport.h"

#include "CsvFieldFormat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QStringList kColumns{u"period"_s,
                           u"period_start"_s,
                           u"period_end"_s,
                           u"group"_s,
                           u"group_name"_s,
                           u"currency"_s,
                           u"closed_won"_s,
                           u"earned_commission"_s,
                           u"commit"_s,
                           u"expected_commission_commit"_s,
                           u"best_case"_s,
                           u"expected_commission_best_case"_s,
                           u"quota"_s,
                           u"attainment"_s,
                           u"plan"_s,
                           u"unconverted_count"_s,
                           u"unconverted_currencies"_s};

/// Columns written as JSON text as they are (the others: amounts as decimal text, counts as numbers).
const QStringList kTextColumns{u"period"_s,     u"period_start"_s, u"period_end"_s, u"group"_s,
                               u"group_name"_s, u"currency"_s,     u"plan"_s,       u"unconverted_currencies"_s};

QString plansText(const ForecastInput& input, const QList<int>& plans) {
    QStringList names;
    for (const int p : plans)
        names.append(CommissionReport::planName(input, input.commissionPlans[p]));
    return names.join(u" | "_s);
}

} // namespace

QStringList CommissionReport::dimensionKeys() {
    return {u"total"_s, u"owner"_s, u"manager"_s, u"team"_s};
}

QStringList CommissionReport::columns() {
    return kColumns;
}

QString CommissionReport::planName(const ForecastInput& input, const CommissionPlan& plan) {
    const QString who = plan.user >= 0 && plan.user < input.users.size() ? input.users[plan.user].name : plan.userId;
    const QString day = plan.validFrom.toString(Qt::ISODate);
    QStringList terms{CommissionText::rateText(plan.rate) + u'%'};
    for (const CommissionFamilyRate& r : plan.familyRates)
        terms.append(r.family + u'=' + CommissionText::rateText(r.rate) + u'%');
    if (plan.hasAccelerator())
        terms.append(tr("×%1 above quota").arg(CommissionText::acceleratorText(plan.accelerator)));
    return (plan.team ? tr("team of %1 from %2") : tr("%1 from %2")).arg(who, day) + u" ("_s + terms.join(u"; "_s) +
           u')';
}

QStringList CommissionReport::csvFields(const ForecastInput& input, const CommissionRow& row) {
    const ForecastRow& f = row.forecast;
    const QString cur = input.rates.reportingCurrency();
    const auto money = [&cur](qint64 minor) {
        return CsvFieldFormat::formatMoney(minor, cur);
    };
    const auto attainment = f.figures.attainment();
    return {f.period.key(),
            f.period.first.toString(Qt::ISODate),
            f.period.last.toString(Qt::ISODate),
            f.group,
            f.groupName,
            cur,
            money(f.figures.closedWon),
            money(row.earned),
            money(f.figures.commit()),
            money(row.expectedCommit),
            money(f.figures.bestCase()),
            money(row.expectedBestCase),
            money(f.figures.quota),
            attainment ? QString::number(*attainment, 'f', 4) : QString(),
            plansText(input, row.plans),
            QString::number(f.figures.unconverted),
            f.figures.unconvertedCurrencies.join(u' ')};
}

QJsonObject CommissionReport::json(const ForecastEngine& engine, const ForecastQuery& query,
                                   const QList<CommissionRow>& rows) {
    const ForecastInput& input = engine.input();
    QJsonArray list;
    for (const CommissionRow& row : rows) {
        const QStringList values = csvFields(input, row);
        QJsonObject object;
        for (int i = 0; i < kColumns.size(); ++i) {
            if (kTextColumns.contains(kColumns[i]))
                object.insert(kColumns[i], values[i]);
            else if (kColumns[i].endsWith(u"_count"_s))
                object.insert(kColumns[i], values[i].toInt());
            else
                object.insert(kColumns[i], values[i].isEmpty() ? QJsonValue() : QJsonValue(values[i]));
        }
        QJsonArray ids;
        for (const int p : row.plans)
            ids.append(input.commissionPlans[p].id);
        object.insert(u"plan_ids"_s, ids);
        list.append(object);
    }
    QJsonObject rates;
    for (auto it = input.rates.rates().cbegin(); it != input.rates.rates().cend(); ++it)
        rates.insert(it.key(), it->toString());
    return {{u"currency"_s, input.rates.reportingCurrency()},
            {u"rates"_s, rates},
            {u"fiscal_year_starts"_s, engine.calendar().firstMonth()},
            {u"period"_s, periodKindKey(query.period)},
            {u"by"_s, forecastDimensionKey(query.by)},
            {u"rows"_s, list}};
}

} // namespace Fieldbook
