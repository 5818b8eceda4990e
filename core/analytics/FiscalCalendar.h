#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Fieldbook {

/// How long a forecast period is (docs/forecast.md, Periods).
enum class PeriodKind { Month, Quarter, Year };

/// "month", "quarter", "year" (never translated) and back.
[[nodiscard]] QString periodKindKey(PeriodKind kind);
[[nodiscard]] std::optional<PeriodKind> parsePeriodKind(const QString& key);

/// One month, fiscal quarter or fiscal year: its first and last day (both inclusive).
struct FiscalPeriod {
    PeriodKind kind = PeriodKind::Month;
    QDate first;
    QDate last;
    int fiscalYear = 0; ///< named by the calendar year the fiscal year ends in
    int number = 0;     ///< the quarter (1–4) or fiscal month (1–12); 0 for a year

    /// "2026-04" for a month, "FY2027-Q1" for a quarter, "FY2027" for a year.
    [[nodiscard]] QString key() const;
    [[nodiscard]] bool contains(QDate day) const { return day >= first && day <= last; }
    friend bool operator==(const FiscalPeriod&, const FiscalPeriod&) = default;
};

/// Months, quarters and years of a fiscal year that starts on the first of `firstMonth`. A fiscal
/// year is named after the calendar year it ends in: with April as the first month, FY2027 runs
/// from 1 April 2026 to 31 March 2027; with January, FY2026 is the calendar year 2026.
class FiscalCalendar final {
public:
    explicit FiscalCalendar(int firstMonth = 1);

    [[nodiscard]] int firstMonth() const { return m_firstMonth; }
    /// The period of `kind` that holds `day`.
    [[nodiscard]] FiscalPeriod periodOf(QDate day, PeriodKind kind) const;
    /// The periods of `kind` from the one holding `from` to the one holding `to`, in order.
    [[nodiscard]] QList<FiscalPeriod> periods(QDate from, QDate to, PeriodKind kind) const;
    /// The periods of the next shorter kind that make up `period` (the quarters of a year, the
    /// months of a quarter); empty for a month.
    [[nodiscard]] QList<FiscalPeriod> parts(const FiscalPeriod& period) const;
    /// A period from its key(): "2026-04", "FY2027-Q1" or "FY2027"; "2027-Q1" and "2027" are read
    /// as fiscal too. Nullopt for anything else.
    [[nodiscard]] std::optional<FiscalPeriod> parse(const QString& key) const;
    /// The period of `kind` that starts on `first`, if one does.
    [[nodiscard]] std::optional<FiscalPeriod> startingOn(QDate first, PeriodKind kind) const;
    /// Fiscal year `fiscalYear` (named by the calendar year it ends in).
    [[nodiscard]] FiscalPeriod year(int fiscalYear) const;
    /// The fiscal year that holds `day`.
    [[nodiscard]] int fiscalYearOf(QDate day) const;

private:
    [[nodiscard]] FiscalPeriod quarter(int fiscalYear, int quarter) const;
    [[nodiscard]] FiscalPeriod month(QDate day) const;

    int m_firstMonth = 1;
};

} // namespace Fieldbook
