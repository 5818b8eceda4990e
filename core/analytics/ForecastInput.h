#pragma once

#include "CommissionPlan.h"
#include "FiscalCalendar.h"
#include "domain/CurrencyRates.h"
#include "domain/ForecastAdjustment.h"
#include "domain/Pipeline.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fieldbook {

/// A person in the forecast's hierarchy (docs/forecast.md, Roll-up).
struct ForecastUser {
    QString id;
    QString name;
    QString team;
    int manager = -1; ///< index in ForecastInput::users, -1 at the top
};

/// Where a deal's account stands, for grouping by region and industry.
struct ForecastAccount {
    QString id;
    QString name;
    QString region; ///< the address's region, or its country when the region is empty
    QString industry;
};

/// A product a deal's lines name.
struct ForecastProduct {
    QString id;
    QString name;
    QString family;
};

/// One product line of a deal: the product (-1 for a free-text line) and its net amount in the
/// deal's own currency, which only sets the line's share of the deal's converted amount.
struct ForecastLine {
    int product = -1;
    qint64 net = 0;
};

/// The time a deal spent in one stage before it moved on (stages it is still in are not counted).
struct ForecastStay {
    int stage = -1; ///< index in ForecastInput::stages
    qint64 ms = 0;
};

/// One opportunity as the forecast reads it. Amounts are minor units of the reporting currency;
/// `converted` is false when its currency has no rate (then `amount` is 0 and it is counted
/// under ForecastFigures::unconverted). Days are Julian day numbers (0: none).
struct ForecastDeal {
    QString id;
    int owner = -1;   ///< index in ForecastInput::users, -1 when the owner is unknown
    int account = -1; ///< index in ForecastInput::accounts
    int stage = -1;   ///< index in ForecastInput::stages, -1 for a stage its pipeline lacks
    ForecastCategory category = ForecastCategory::Pipeline;
    StageOutcome outcome = StageOutcome::Open;
    qint64 amount = 0;
    bool converted = true;
    QString currency; ///< the deal's own currency (named when it cannot be converted)
    int probability = 0;
    qint64 closeDay = 0;  ///< expected or actual close date
    qint64 openedDay = 0; ///< the day it was opened: its first stage change, else its creation
    int reason = -1;      ///< index in ForecastInput::reasons: why it was won or lost; -1 for none
    QList<ForecastLine> lines;
    QList<ForecastStay> stays;
};

/// A stage of one pipeline, for grouping and days in stage.
struct ForecastStage {
    QString pipeline; ///< pipeline key
    QString key;
    QString name; ///< as shown
    int position = 0;
    StageOutcome outcome = StageOutcome::Open;
};

/// A quota: what `user` should close in the period from `first` to `last` (a month, fiscal
/// quarter or fiscal year), in minor units of the reporting currency.
struct ForecastQuota {
    int user = -1;
    PeriodKind kind = PeriodKind::Month;
    QDate first;
    qint64 amount = 0;
    bool converted = true;
    QString currency;
};

/// A manager's override of Commit and Best case for one period (docs/forecast.md, Adjustments), in
/// minor units of the reporting currency; `converted` false when its currency has no rate.
struct ForecastOverride {
    int subject = -1; ///< index in ForecastInput::users
    bool team = false;
    PeriodKind kind = PeriodKind::Quarter;
    QDate first;
    qint64 commit = 0;
    qint64 bestCase = 0;
    bool converted = true;
    bool cleared = false;
    qint64 madeAt = 0;
    int by = -1; ///< the manager, index in ForecastInput::users
    QString note;
};

/// The close dates a forecast's deals were read for (ForecastSource::load), both days included.
struct CloseRange {
    QDate first;
    QDate last;
    friend bool operator==(const CloseRange&, const CloseRange&) = default;
};

/// Everything a forecast is computed from, read once from the store (ForecastSource) and then
/// shared read-only by every report and chart.
struct ForecastInput {
    CurrencyRates rates; ///< the reporting currency and the rates every amount was converted with
    QList<ForecastUser> users;
    QList<ForecastAccount> accounts;
    QList<ForecastProduct> products;
    QList<ForecastStage> stages;
    QList<ForecastDeal> deals;
    QList<ForecastQuota> quotas;
    QList<ForecastOverride> overrides; ///< oldest first
    QList<ForecastSnapshot> snapshots; ///< as stored (own currency), by subject and day
    QStringList pipelines;             ///< keys, in the order the pipelines are shown
    QStringList pipelineNames;         ///< as shown, by the same index
    QStringList reasons;               ///< close reasons as shown (lossReasonName()), by index
    /// The commission plans of the users above (docs/forecast.md, Commission).
    QList<CommissionPlan> commissionPlans;
    /// Set when only the deals closing in this range were read (a slice, e.g. one fiscal year).
    std::optional<CloseRange> closing;
    QDate firstClose; ///< the earliest close date of every live deal of the store, sliced or not
    QDate lastClose;  ///< the latest
};

} // namespace Fieldbook
