#include "FiscalCalendar.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QString periodKindKey(PeriodKind kind) {
    switch (kind) {
    case PeriodKind::Month:
        return u"month"_s;
    case PeriodKind::Quarter:
        return u"quarter"_s;
    case PeriodKind::Year:
        return u"year"_s;
    }
    return {};
}

std::optional<PeriodKind> parsePeriodKind(const QString& key) {
    for (const PeriodKind kind : {PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year}) {
        if (key.compare(periodKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString FiscalPeriod::key() const {
    switch (kind) {
    case PeriodKind::Month:
        return first.toString(u"yyyy-MM"_s);
    case PeriodKind::Quarter:
        return u"FY%1-Q%2"_s.arg(fiscalYear).arg(number);
    case PeriodKind::Year:
        return u"FY%1"_s.arg(fiscalYear);
    }
    return {};
}

FiscalCalendar::FiscalCalendar(int firstMonth)
    : m_firstMonth(firstMonth >= 1 && firstMonth <= 12 ? firstMonth : 1) {}

int FiscalCalendar::fiscalYearOf(QDate day) const {
    // A year starting in January ends in the same calendar year; one starting later ends in the next.
    const int endsIn = m_firstMonth == 1 ? day.year() : day.year() + 1;
    return day.month() >= m_firstMonth ? endsIn : endsIn - 1;
}

FiscalPeriod FiscalCalendar::year(int fiscalYear) const {
    const QDate first(m_firstMonth == 1 ? fiscalYear : fiscalYear - 1, m_firstMonth, 1);
    return {.kind = PeriodKind::Year,
            .first = first,
            .last = first.addYears(1).addDays(-1),
            .fiscalYear = fiscalYear,
            .number = 0};
}

FiscalPeriod FiscalCalendar::quarter(int fiscalYear, int quarter) const {
    const QDate first = year(fiscalYear).first.addMonths(3 * (quarter - 1));
    return {.kind = PeriodKind::Quarter,
            .first = first,
            .last = first.addMonths(3).addDays(-1),
            .fiscalYear = fiscalYear,
            .number = quarter};
}

FiscalPeriod FiscalCalendar::month(QDate day) const {
    const QDate first(day.year(), day.month(), 1);
    const int fiscalMonth = (day.month() - m_firstMonth + 12) % 12 + 1;
    return {.kind = PeriodKind::Month,
            .first = first,
            .last = first.addMonths(1).addDays(-1),
            .fiscalYear = fiscalYearOf(day),
            .number = fiscalMonth};
}

FiscalPeriod FiscalCalendar::periodOf(QDate day, PeriodKind kind) const {
    switch (kind) {
    case PeriodKind::Month:
        return month(day);
    case PeriodKind::Quarter: {
        const FiscalPeriod m = month(day);
        return quarter(m.fiscalYear, (m.number - 1) / 3 + 1);
    }
    case PeriodKind::Year:
        break;
    }
    return year(fiscalYearOf(day));
}

QList<FiscalPeriod> FiscalCalendar::periods(QDate from, QDate to, PeriodKind kind) const {
    QList<FiscalPeriod> list;
    if (!from.isValid() || !to.isValid() || from > to)
        return list;
    for (FiscalPeriod p = periodOf(from, kind);; p = periodOf(p.last.addDays(1), kind)) {
        list.append(p);
        if (p.last >= to)
            break;
    }
    return list;
}

QList<FiscalPeriod> FiscalCalendar::parts(const FiscalPeriod& period) const {
    if (period.kind == PeriodKind::Month)
        return {};
    return periods(period.first, period.last,
                   period.kind == PeriodKind::Year ? PeriodKind::Quarter : PeriodKind::Month);
}

std::optional<FiscalPeriod> FiscalCalendar::parse(const QString& key) const {
    static const QRegularExpression monthKey(u"^(\\d{4})-(\\d{2})$"_s);
    static const QRegularExpression quarterKey(u"^(?:FY)?(\\d{4})-?Q([1-4])$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearKey(u"^(?:FY)?(\\d{4})$"_s, QRegularExpression::CaseInsensitiveOption);
    const QString text = key.trimmed();
    if (const auto m = monthKey.match(text); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return first.isValid() ? std::optional(month(first)) : std::nullopt;
    }
    if (const auto m = quarterKey.match(text); m.hasMatch())
        return quarter(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = yearKey.match(text); m.hasMatch())
        return year(m.captured(1).toInt());
    return std::nullopt;
}

std::optional<FiscalPeriod> FiscalCalendar::startingOn(QDate first, PeriodKind kind) const {
    if (!first.isValid())
        return std::nullopt;
    const FiscalPeriod p = periodOf(first, kind);
    return p.first == first ? std::optional(p) : std::nullopt;
}

} // namespace Fieldbook
