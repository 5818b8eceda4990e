#include "CallStatsView.h"

#include "dashboard/ChartCard.h"
#include "services/CallStatistics.h"
#include "store/db/Database.h"

#include <QVBoxLayout>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Calls and connects per group of `report`, over `keys` (every day or hour, those without calls too).
ChartData chartOf(const CallStatsReport& report, const QString& id, const QString& title, const QStringList& keys,
                  const QStringList& labels) {
    ChartData data;
    data.id = id;
    data.title = title;
    data.unit = ChartUnit::Calls;
    data.categories = labels;
    ChartSeries calls{.key = u"calls_count"_s,
                      .name = CallStatsView::tr("Calls"),
                      .values = {},
                      .measure = ForecastMeasure::All,
                      .line = false,
                      .drillable = false};
    ChartSeries connects = calls;
    connects.key = u"connects_won"_s;
    connects.name = CallStatsView::tr("Connects");
    for (const QString& key : keys) {
        const auto row =
            std::find_if(report.rows.cbegin(), report.rows.cend(), [&](const CallStatsRow& r) { return r.key == key; });
        calls.values.append(row != report.rows.cend() ? row->calls : 0);
        connects.values.append(row != report.rows.cend() ? row->connects : 0);
    }
    data.series = {calls, connects};
    return data;
}

} // namespace

CallStatsView::CallStatsView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(u"callStatsView"_s);
}

void CallStatsView::showMonth(QDate day) {
    const QDate first(day.year(), day.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto byDay = CallStatistics::build(m_db, CallGrouping::Day, first, last, zone);
    auto byHour = CallStatistics::build(m_db, CallGrouping::Hour, first, last, zone);
    if (!byDay || !byHour) {
        emit failed(!byDay ? byDay.error().message : byHour.error().message);
        return;
    }
    QStringList days;
    QStringList dayLabels;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        days.append(d.toString(Qt::ISODate));
        dayLabels.append(QString::number(d.day()));
    }
    QStringList hours;
    for (int h = 7; h <= 20; ++h) // the working day; calls outside it still count in the totals
        hours.append(u"%1"_s.arg(h, 2, 10, QChar(u'0')));
    const QString month = QLocale().toString(first, u"MMMM yyyy"_s);
    qDeleteAll(m_cards);
    m_cards = {new ChartCard(
                   chartOf(*byDay, u"calls_by_day"_s, tr("Calls and connects per day, %1").arg(month), days, dayLabels),
                   byDay->currency, this),
               new ChartCard(chartOf(*byHour, u"calls_by_hour"_s,
                                     tr("Calls and connects per hour of day, %1").arg(month), hours, hours),
                             byHour->currency, this)};
    for (ChartCard* card : std::as_const(m_cards))
        m_layout->addWidget(card, 1);
}

} // namespace Fieldbook
