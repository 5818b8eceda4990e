#include "ForecastFigures.h"

#include "domain/QuoteMath.h"

#include <algorithm>

namespace Fieldbook {

namespace {
constexpr double kDayMs = 86'400'000.0;

std::optional<double> ratio(double part, double whole) {
    return whole > 0 ? std::optional(part / whole) : std::nullopt;
}
} // namespace

std::optional<double> ForecastFigures::winRateByCount() const {
    return ratio(wonCount, double(wonCount) + lostCount);
}

std::optional<double> ForecastFigures::winRateByAmount() const {
    return ratio(double(closedWon), double(closedWon) + double(lost));
}

std::optional<qint64> ForecastFigures::averageDealSize() const {
    // Rounded half away from zero, as every amount (docs/architecture.md, Data conventions).
    return wonCount == 0 ? std::nullopt : divideRounded(closedWon, wonCount);
}

std::optional<double> ForecastFigures::salesCycleDays() const {
    return ratio(double(cycleDays), cycles);
}

std::optional<double> ForecastFigures::attainment() const {
    return ratio(double(closedWon), double(quota));
}

std::optional<double> ForecastFigures::coverage() const {
    return ratio(double(openPipeline()), double(quota - closedWon));
}

std::optional<double> ForecastFigures::velocityPerDay() const {
    const auto size = averageDealSize();
    const auto rate = winRateByCount();
    const auto cycle = salesCycleDays();
    if (!size || !rate || !cycle || *cycle <= 0)
        return std::nullopt;
    return openCount * double(*size) * *rate / *cycle;
}

std::optional<double> ForecastFigures::daysInStage(int stage) const {
    for (const StageTime& t : stageTimes) {
        if (t.stage == stage)
            return ratio(t.ms / kDayMs, t.stays);
    }
    return std::nullopt;
}

void ForecastFigures::addStay(int stage, qint64 ms) {
    auto at = std::lower_bound(stageTimes.begin(), stageTimes.end(), stage,
                               [](const StageTime& t, int s) { return t.stage < s; });
    if (at == stageTimes.end() || at->stage != stage)
        at = stageTimes.insert(at, StageTime{.stage = stage, .ms = 0, .stays = 0});
    at->ms += ms;
    ++at->stays;
}

void ForecastFigures::addUnconverted(const QString& currency) {
    ++unconverted;
    auto at = std::lower_bound(unconvertedCurrencies.begin(), unconvertedCurrencies.end(), currency);
    if (at == unconvertedCurrencies.end() || *at != currency)
        unconvertedCurrencies.insert(at, currency);
}

} // namespace Fieldbook
