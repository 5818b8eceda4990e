#pragma once

#include <QDate>
#include <QString>

namespace Fieldbook {

/// A manager's override of a forecast's Commit and Best case for one period (docs/forecast.md,
/// Adjustments): of one user's own deals, or of a user and everyone below them (`team`).
struct ForecastAdjustment {
    QString id;
    QString subjectId;
    bool team = false;
    QString periodKind; ///< "month", "quarter" or "year"
    QDate periodStart;
    qint64 commit = 0;   ///< minor units of `currency`
    qint64 bestCase = 0; ///< minor units of `currency`
    QString currency;
    bool cleared = false; ///< withdraws the override in force
    QString note;
    qint64 madeAt = 0; ///< ms since the epoch, UTC
    QString madeBy;    ///< the manager (the record's owner)
    friend bool operator==(const ForecastAdjustment&, const ForecastAdjustment&) = default;
};

/// What a forecast said at one time (docs/forecast.md, Snapshots). Amounts in minor units of
/// `currency`; an adjusted figure is -1 when nothing was adjusted.
struct ForecastSnapshot {
    QString id;
    QString subjectId;
    bool team = false;
    QString periodKind;
    QDate periodStart;
    bool submitted = false; ///< submitted by its subject, else a weekly one
    QDate takenOn;
    qint64 closedWon = 0;
    qint64 commit = 0;
    qint64 bestCase = 0;
    qint64 pipeline = 0;
    qint64 quota = 0;
    qint64 adjustedCommit = -1;
    qint64 adjustedBestCase = -1;
    QString currency;
    QString note;
    friend bool operator==(const ForecastSnapshot&, const ForecastSnapshot&) = default;
};

} // namespace Fieldbook
