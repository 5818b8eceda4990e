#pragma once

#include <QList>
#include <QStringList>

#include <optional>

namespace Fieldbook {

/// Time spent in one stage by the deals of a cell: the sum and how many stays.
struct StageTime {
    int stage = -1; ///< index in ForecastInput::stages
    qint64 ms = 0;
    int stays = 0;
};

/// The numbers of one period and group (docs/forecast.md, Metrics). Sums are minor units of the
/// reporting currency. Deals in a currency without a rate are only counted in `unconverted`.
struct ForecastFigures {
    qint64 closedWon = 0;
    qint64 commitOpen = 0;   ///< open deals in the Commit category
    qint64 bestCaseOpen = 0; ///< open deals in Best case
    qint64 pipelineOpen = 0; ///< open deals in Pipeline
    qint64 weighted = 0;     ///< open deals (not Omitted), amount × probability
    qint64 lost = 0;
    int wonCount = 0;
    int lostCount = 0;
    int openCount = 0;    ///< open deals that are not Omitted
    qint64 cycleDays = 0; ///< the won deals' days from opened to closed, summed
    int cycles = 0;       ///< won deals with an opening day
    qint64 quota = 0;
    int unconverted = 0;
    QStringList unconvertedCurrencies; ///< sorted, each once
    QList<StageTime> stageTimes;       ///< by stage, only stages with stays

    /// Cumulative roll-ups: Commit = Commit + Closed; Best case = Best case + Commit + Closed.
    [[nodiscard]] qint64 commit() const { return commitOpen + closedWon; }
    [[nodiscard]] qint64 bestCase() const { return bestCaseOpen + commit(); }
    /// Every open deal that is not Omitted: Pipeline + Best case + Commit.
    [[nodiscard]] qint64 openPipeline() const { return pipelineOpen + bestCaseOpen + commitOpen; }
    [[nodiscard]] int dealCount() const { return wonCount + lostCount + openCount; }

    /// won / (won + lost); nullopt without closed deals.
    [[nodiscard]] std::optional<double> winRateByCount() const;
    [[nodiscard]] std::optional<double> winRateByAmount() const;
    /// Closed won / won deals, rounded half away from zero; nullopt without won deals.
    [[nodiscard]] std::optional<qint64> averageDealSize() const;
    [[nodiscard]] std::optional<double> salesCycleDays() const;
    /// Closed won / quota; nullopt when the quota is 0.
    [[nodiscard]] std::optional<double> attainment() const;
    /// Open pipeline / (quota − closed won); nullopt when nothing of the quota remains.
    [[nodiscard]] std::optional<double> coverage() const;
    /// Open deals × average deal size × win rate (by count) / sales cycle, in minor units a day;
    /// nullopt when a factor is missing or the cycle is 0.
    [[nodiscard]] std::optional<double> velocityPerDay() const;
    /// Average days a deal spent in `stage`; nullopt without stays.
    [[nodiscard]] std::optional<double> daysInStage(int stage) const;

    void addStay(int stage, qint64 ms);
    void addUnconverted(const QString& currency);
};

} // namespace Fieldbook
