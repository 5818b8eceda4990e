#include "CallStatistics.h"

#include "domain/CallList.h"
#include "domain/CurrencyRates.h"
#include "store/db/Database.h"
#include "store/records/CallListRepository.h"
#include "store/records/CurrencySettings.h"
#include "store/records/UserRepository.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr std::array<std::pair<CallGrouping, const char*>, 6> kGroupings{{
    {CallGrouping::Rep, "rep"},
    {CallGrouping::List, "list"},
    {CallGrouping::Day, "day"},
    {CallGrouping::Week, "week"},
    {CallGrouping::Month, "month"},
    {CallGrouping::Hour, "hour"},
}};

/// The group of a call: the rep's or list's id, or its day, ISO week, month or hour in `zone`.
QString keyOf(const CallRow& call, CallGrouping by, const QTimeZone& zone) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(call.startsAt, zone);
    switch (by) {
    case CallGrouping::Rep:
        return call.ownerId;
    case CallGrouping::List:
        return call.listId;
    case CallGrouping::Day:
        return at.date().toString(Qt::ISODate);
    case CallGrouping::Week: {
        int year = 0;
        const int week = at.date().weekNumber(&year);
        return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QChar(u'0'));
    }
    case CallGrouping::Month:
        return at.date().toString(u"yyyy-MM"_s);
    case CallGrouping::Hour:
        return u"%1"_s.arg(at.time().hour(), 2, 10, QChar(u'0'));
    }
    return {};
}

void add(CallStatsRow& row, const CallRow& call, const CurrencyRates& rates) {
    const auto outcome = parseCallOutcome(call.outcome);
    ++row.calls;
    row.connects += outcome && callConnects(*outcome) ? 1 : 0;
    row.talkSeconds += call.talkSeconds;
    row.callbacksScheduled += outcome == CallOutcome::Callback ? 1 : 0;
    row.callbacksKept += call.callbackKept ? 1 : 0;
    row.meetingsBooked += outcome == CallOutcome::MeetingBooked ? 1 : 0;
    row.outcomes[call.outcome] += 1;
    if (call.opportunityId.isEmpty())
        return;
    ++row.opportunitiesCreated;
    if (const auto amount = rates.convert(call.opportunityAmount, call.opportunityCurrency))
        row.opportunitiesAmount += *amount;
    else
        ++row.opportunitiesUnconverted;
}

} // namespace

std::optional<CallGrouping> CallStatistics::parseGrouping(const QString& key) {
    for (const auto& [g, k] : kGroupings)
        if (key == QLatin1StringView(k))
            return g;
    return std::nullopt;
}

QStringList CallStatistics::groupingKeys() {
    QStringList keys;
    for (const auto& [g, k] : kGroupings)
        keys.append(QString::fromLatin1(k));
    return keys;
}

CallStatsReport CallStatistics::aggregate(const QList<CallRow>& calls, CallGrouping by, const QTimeZone& zone,
                                          const CurrencyRates& rates, const QMap<QString, QString>& names) {
    QMap<QString, CallStatsRow> groups;
    CallStatsReport report;
    report.currency = rates.reportingCurrency();
    report.total.key = u"total"_s;
    report.total.label = tr("Total");
    for (const CallRow& call : calls) {
        const QString key = keyOf(call, by, zone);
        CallStatsRow& row = groups[key];
        row.key = key;
        row.label = names.value(key, key);
        add(row, call, rates);
        add(report.total, call, rates);
    }
    report.rows = groups.values();
    return report;
}

Result<CallStatsReport> CallStatistics::build(Database& db, CallGrouping by, QDate from, QDate to,
                                              const QTimeZone& zone) {
    const qint64 fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    auto calls = CallStatsRows(db).calls(fromMs, toMs);
    if (!calls)
        return std::unexpected(calls.error());
    QMap<QString, QString> names;
    if (auto users = UserRepository(db).all())
        for (const User& u : std::as_const(*users))
            names.insert(u.id, u.name);
    auto lists = CallListRepository(db).lists();
    if (!lists)
        return std::unexpected(lists.error());
    for (const CallList& l : std::as_const(*lists))
        names.insert(l.id, l.name);
    CallStatsReport report = aggregate(*calls, by, zone, CurrencySettings::load(db), names);
    if (by != CallGrouping::List)
        return report;
    auto coverage = CallStatsRows(db).coverage();
    if (!coverage)
        return std::unexpected(coverage.error());
    for (CallStatsRow& row : report.rows)
        for (const CallListCoverage& c : std::as_const(*coverage))
            if (c.listId == row.key) {
                row.entries = c.entries;
                row.called = c.called;
            }
    return report;
}

QStringList CallStatistics::columns() {
    QStringList c{u"group"_s,
                  u"name"_s,
                  u"calls"_s,
                  u"connects"_s,
                  u"connect_rate"_s,
                  u"talk_seconds"_s,
                  u"average_call_seconds"_s,
                  u"callbacks_scheduled"_s,
                  u"callbacks_kept"_s,
                  u"meetings_booked"_s,
                  u"opportunities_created"_s,
                  u"opportunities_amount"_s,
                  u"entries"_s,
                  u"entries_called"_s};
    for (CallOutcome o : callOutcomeList())
        c.append(u"outcome_"_s + callOutcomeKey(o).replace(u' ', u'_'));
    return c;
}

QStringList CallStatistics::csvFields(const CallStatsRow& row) {
    QStringList f{row.key,
                  row.label,
                  QString::number(row.calls),
                  QString::number(row.connects),
                  QString::number(row.connectRate(), 'f', 4),
                  QString::number(row.talkSeconds),
                  QString::number(row.averageSeconds(), 'f', 1),
                  QString::number(row.callbacksScheduled),
                  QString::number(row.callbacksKept),
                  QString::number(row.meetingsBooked),
                  QString::number(row.opportunitiesCreated),
                  QString::number(row.opportunitiesAmount),
                  row.entries < 0 ? QString() : QString::number(row.entries),
                  row.called < 0 ? QString() : QString::number(row.called)};
    for (CallOutcome o : callOutcomeList())
        f.append(QString::number(row.outcomes.value(callOutcomeKey(o))));
    return f;
}

QJsonObject CallStatistics::json(const CallStatsReport& report) {
    const QStringList names = columns();
    const auto object = [&](const CallStatsRow& row) {
        const QStringList fields = csvFields(row);
        QJsonObject o;
        for (qsizetype i = 0; i < names.size(); ++i) {
            bool number = false;
            const double value = fields[i].toDouble(&number);
            o.insert(names[i], i < 2 || !number ? QJsonValue(fields[i]) : QJsonValue(value));
        }
        return o;
    };
    QJsonArray rows;
    for (const CallStatsRow& row : report.rows)
        rows.append(object(row));
    return {{u"currency"_s, report.currency}, {u"rows"_s, rows}, {u"total"_s, object(report.total)}};
}

} // namespace Fieldbook
