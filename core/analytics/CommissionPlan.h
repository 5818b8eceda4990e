#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Fieldbook {

/// The rate of one product family in a commission plan.
struct CommissionFamilyRate {
    QString family;
    int rate = 0; ///< hundredths of a percent: 550 is 5.50 %
    friend bool operator==(const CommissionFamilyRate&, const CommissionFamilyRate&) = default;
};

/// A commission plan (docs/forecast.md, Commission): the rate paid on won net amount from a day on,
/// for one user or, as a team plan, for everyone below a manager who has no plan of their own.
struct CommissionPlan {
    static constexpr int kRateScale = 10'000; ///< rates are hundredths of a percent (1/10,000)
    static constexpr int kMaxRate = 10'000;   ///< 100 %
    static constexpr int kNoAccelerator = 100;
    static constexpr int kMaxAccelerator = 1'000; ///< ×10

    QString id;
    QString userId; ///< the user it applies to, or the manager of a team plan: the record's owner
    int user = -1;  ///< index in ForecastInput::users (set when the forecast input is loaded)
    bool team = false;
    QDate validFrom;
    int rate = 0; ///< hundredths of a percent, for lines of a family without a rate of its own
    QList<CommissionFamilyRate> familyRates;
    /// Hundredths of a multiplier of the rate on the part of a period's amount above its quota:
    /// 150 is ×1.5; 0 (or 100) for none.
    int accelerator = 0;

    /// The rate for a line of `family` (matched ignoring case): its family rate, else the base rate.
    [[nodiscard]] int rateFor(const QString& family) const;
    [[nodiscard]] bool hasAccelerator() const { return accelerator > kNoAccelerator; }
    friend bool operator==(const CommissionPlan&, const CommissionPlan&) = default;
};

/// Percentages and multipliers as people write them, with up to two decimals.
namespace CommissionText {

/// "5", "5.5", "12.25" (also "5,5" and "5.5 %") as hundredths of a percent, from 0 to 100 %; nullopt for
/// anything else (more than two decimals, negative, above 100).
[[nodiscard]] std::optional<int> parseRate(const QString& text);
/// 550 as "5.5", 1200 as "12" (C locale).
[[nodiscard]] QString rateText(int rate);
/// "1.5" as 150; empty text as 0 (none); nullopt below 1, above 10 or with more than two decimals.
[[nodiscard]] std::optional<int> parseAccelerator(const QString& text);
/// 150 as "1.5"; 0 as "".
[[nodiscard]] QString acceleratorText(int accelerator);
/// "Hardware=5;Services=8.5" (';' or '|' between families); nullopt with `problem` set for a part
/// without '=', an empty family, a family named twice or a rate parseRate refuses.
[[nodiscard]] std::optional<QList<CommissionFamilyRate>> parseFamilyRates(const QString& text, QString* problem);
/// "Hardware=5;Services=8.5".
[[nodiscard]] QString familyRatesText(const QList<CommissionFamilyRate>& rates);

} // namespace CommissionText

} // namespace Fieldbook
