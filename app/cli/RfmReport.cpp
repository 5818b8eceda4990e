#include "RfmReport.h"

#include "CliContext.h"
#include "domain/MoneyText.h"
#include "io/CsvWriter.h"
#include "services/CustomerSegments.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kDefaultTop = 10;

/// An exact decimal text of minor units: 86877 CNY -> "868.77", 500 JPY -> "500".
QString decimal(qint64 minorUnits, const QString& currency) {
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    return MoneyText::format(minorUnits, c, MoneyText::decimalsFor(currency));
}

/// A share in hundredths of a percent as a JSON number of percent (8785 -> 87.85).
double percent(qint64 basisPoints) {
    return double(basisPoints) / 100.0;
}

QStringList csvRow(const CustomerValue& c, const QString& currency) {
    const RfmScore& s = c.score;
    return {c.account.name,
            c.account.id,
            c.account.industry,
            c.account.region,
            c.account.country,
            QString::number(s.recencyDays),
            QString::number(s.frequency),
            decimal(s.monetary, currency),
            currency,
            QString::number(s.r),
            QString::number(s.f),
            QString::number(s.m),
            rfmSegmentKey(s.segment),
            s.lastPurchase.toString(Qt::ISODate),
            QString::number(s.unconverted)};
}

bool selected(const CustomerValue& c, std::optional<RfmSegment> segment) {
    return !segment || c.score.segment == *segment;
}

QJsonObject totalsJson(const CustomerSegmentReport& r) {
    return {{u"accounts"_s, r.liveAccounts},
            {u"scored"_s, int(r.customers.size())},
            {u"not_scored"_s, r.accountsNotScored},
            {u"won_deals"_s, r.wonDeals},
            {u"deals_after_as_of"_s, r.dealsAfterAsOf},
            {u"deals_undated"_s, r.dealsUndated},
            {u"deals_without_account"_s, r.dealsWithoutAccount},
            {u"monetary"_s, decimal(r.totalMonetary, r.rates.reportingCurrency())}};
}

QJsonArray segmentsJson(const CustomerSegmentReport& r) {
    QJsonArray segments;
    for (const RfmSegmentTotal& t : r.segments)
        segments.append(
            QJsonObject{{u"segment"_s, rfmSegmentKey(t.segment)},
                        {u"name"_s, rfmSegmentName(t.segment)},
                        {u"accounts"_s, t.accounts},
                        {u"monetary"_s, decimal(t.monetary, r.rates.reportingCurrency())},
                        {u"revenue_share_percent"_s, percent(shareBasisPoints(t.monetary, r.totalMonetary))}});
    return segments;
}

QJsonObject paretoJson(const CustomerSegmentReport& r, int top) {
    const ParetoCurve& p = r.pareto;
    const qint64 reached = p.accountsForTarget > 0 ? p.entries.at(p.accountsForTarget - 1).cumulative : 0;
    QJsonArray topCustomers;
    for (qsizetype i = 0; i < std::min<qsizetype>(top, r.customers.size()); ++i) {
        const CustomerValue& c = r.customers.at(i);
        topCustomers.append(QJsonObject{
            {u"account"_s, c.account.name},
            {u"id"_s, c.account.id},
            {u"monetary"_s, decimal(c.score.monetary, r.rates.reportingCurrency())},
            {u"share_percent"_s, percent(shareBasisPoints(c.score.monetary, p.total))},
            {u"cumulative_share_percent"_s, percent(shareBasisPoints(p.entries.at(i).cumulative, p.total))}});
    }
    return {{u"target_percent"_s, p.targetPercent},
            {u"accounts_for_target"_s, p.accountsForTarget},
            {u"accounts_share_percent"_s, percent(shareBasisPoints(p.accountsForTarget, qint64(p.entries.size())))},
            {u"revenue_share_percent"_s, percent(shareBasisPoints(reached, p.total))},
            {u"top"_s, topCustomers}};
}

QJsonArray unconvertedJson(const CustomerSegmentReport& r) {
    QJsonArray list;
    for (const RfmUnconverted& u : r.unconverted)
        list.append(QJsonObject{
            {u"currency"_s, u.currency}, {u"deals"_s, u.deals}, {u"amount"_s, decimal(u.amount, u.currency)}});
    return list;
}

QJsonObject ratesJson(const CurrencyRates& rates) {
    QJsonObject used;
    for (auto it = rates.rates().cbegin(); it != rates.rates().cend(); ++it)
        used.insert(it.key(), it.value().toString());
    return used;
}

} // namespace

void RfmReport::configure(QCommandLineParser& parser) {
    parser.addOption({u"as-of"_s,
                      tr("rfm: the day recency is counted to; deals closed after it are left out (default: today)."),
                      u"DATE"_s});
    parser.addOption({u"segment"_s,
                      tr("rfm: only the accounts of this segment: champions, loyal, potential_loyalists, "
                         "new_customers, promising, need_attention, about_to_sleep, at_risk, cant_lose, "
                         "hibernating or lost."),
                      u"NAME"_s});
    parser.addOption({u"top"_s, tr("rfm: how many of the largest customers the JSON lists (default 10)."), u"N"_s,
                      QString::number(kDefaultTop)});
}

QStringList RfmReport::csvColumns() {
    return {u"account"_s,   u"id"_s,       u"industry"_s,         u"region"_s, u"country"_s, u"recency_days"_s,
            u"frequency"_s, u"monetary"_s, u"currency"_s,         u"r"_s,      u"f"_s,       u"m"_s,
            u"segment"_s,   u"last_won"_s, u"unconverted_deals"_s};
}

QByteArray RfmReport::toCsv(const CustomerSegmentReport& report, std::optional<RfmSegment> segment) {
    QByteArray text = CsvWriter::encodeRow(csvColumns());
    for (const CustomerValue& c : report.customers)
        if (selected(c, segment))
            text += CsvWriter::encodeRow(csvRow(c, report.rates.reportingCurrency()));
    return text;
}

QByteArray RfmReport::toJson(const CustomerSegmentReport& report, std::optional<RfmSegment> segment, int top) {
    const QStringList columns = csvColumns();
    const QStringList numbers{u"recency_days"_s, u"frequency"_s, u"r"_s, u"f"_s, u"m"_s, u"unconverted_deals"_s};
    QJsonArray accounts;
    for (const CustomerValue& c : report.customers) {
        if (!selected(c, segment))
            continue;
        const QStringList row = csvRow(c, report.rates.reportingCurrency());
        QJsonObject o;
        for (qsizetype i = 0; i < columns.size(); ++i)
            o.insert(columns.at(i),
                     numbers.contains(columns.at(i)) ? QJsonValue(row.at(i).toLongLong()) : QJsonValue(row.at(i)));
        accounts.append(o);
    }
    QJsonObject root{{u"as_of"_s, report.asOf.toString(Qt::ISODate)}, {u"currency"_s, report.rates.reportingCurrency()},
                     {u"rates"_s, ratesJson(report.rates)},           {u"totals"_s, totalsJson(report)},
                     {u"unconverted"_s, unconvertedJson(report)},     {u"segments"_s, segmentsJson(report)},
                     {u"pareto"_s, paretoJson(report, top)},          {u"accounts"_s, accounts}};
    if (segment)
        root.insert(u"segment"_s, rfmSegmentKey(*segment));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int RfmReport::run(CliContext& context, const QCommandLineParser& parser, ReportFormat format, QIODevice& out) {
    QDate asOf = Clock::today();
    if (parser.isSet(u"as-of"_s)) {
        asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!asOf.isValid())
            return context.error(
                ExitCode::Usage,
                tr("--as-of expects a date such as 2026-06-30, not '%1'").arg(parser.value(u"as-of"_s)));
    }
    std::optional<RfmSegment> segment;
    if (parser.isSet(u"segment"_s)) {
        RfmSegment s = RfmSegment::Lost;
        if (!parseRfmSegment(parser.value(u"segment"_s), &s)) {
            QStringList keys;
            for (const RfmSegment known : allRfmSegments())
                keys.append(rfmSegmentKey(known));
            return context.error(
                ExitCode::Usage,
                tr("unknown segment '%1'; segments: %2").arg(parser.value(u"segment"_s), keys.join(u", "_s)));
        }
        segment = s;
    }
    bool topOk = false;
    const int top = parser.value(u"top"_s).toInt(&topOk);
    if (!topOk || top < 0)
        return context.error(ExitCode::Usage,
                             tr("--top expects a number of customers, not '%1'").arg(parser.value(u"top"_s)));

    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    auto report = CustomerSegments::build(**db, asOf);
    if (!report)
        return context.error(report.error(), ExitCode::Failure);
    const QByteArray text = format == ReportFormat::Json ? toJson(*report, segment, top) : toCsv(*report, segment);
    if (out.write(text) != text.size())
        return context.error(ExitCode::Failure, tr("Cannot write the report: %1").arg(out.errorString()));
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
