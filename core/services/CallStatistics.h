#pragma once

#include "common/Error.h"
#include "store/records/CallStatsRows.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

#include <optional>

namespace Fieldbook {

class Database;
class CurrencyRates;

/// How the call statistics are grouped (docs/telesales.md, Statistics).
enum class CallGrouping { Rep, List, Day, Week, Month, Hour };

/// The figures of one group of calls.
struct CallStatsRow {
    QString key;   ///< the rep's or list's id, the day (2026-12-07), week (2026-W50), month (2026-12) or hour (09)
    QString label; ///< the rep's or list's name; the key otherwise
    int calls = 0;
    int connects = 0;
    qint64 talkSeconds = 0;
    int callbacksScheduled = 0;
    int callbacksKept = 0;
    int meetingsBooked = 0;
    int opportunitiesCreated = 0;
    qint64 opportunitiesAmount = 0;   ///< minor units of the reporting currency
    int opportunitiesUnconverted = 0; ///< created in a currency without a rate: counted, not added
    QMap<QString, int> outcomes;      ///< calls per outcome key
    int entries = -1;                 ///< by list: entries not taken off (-1 otherwise)
    int called = -1;                  ///< by list: of them, called at least once

    [[nodiscard]] double connectRate() const { return calls > 0 ? double(connects) / calls : 0.0; }
    [[nodiscard]] double averageSeconds() const { return calls > 0 ? double(talkSeconds) / calls : 0.0; }
};

struct CallStatsReport {
    QList<CallStatsRow> rows; ///< by key
    CallStatsRow total;
    QString currency;
};

/// Calls, connects, talk time, callbacks, meetings and opportunities per rep, list, day, week,
/// month or hour of day, from the calls this device holds (a manager's: the team's).
class CallStatistics final {
    Q_DECLARE_TR_FUNCTIONS(CallStatistics)

public:
    /// The calls of the days `from`..`to` (both included) in `zone`, grouped `by`.
    [[nodiscard]] static Result<CallStatsReport> build(Database& db, CallGrouping by, QDate from, QDate to,
                                                       const QTimeZone& zone);
    /// The same from rows already read (pure); `names` gives reps' and lists' names by id.
    [[nodiscard]] static CallStatsReport aggregate(const QList<CallRow>& calls, CallGrouping by, const QTimeZone& zone,
                                                   const CurrencyRates& rates, const QMap<QString, QString>& names);

    [[nodiscard]] static std::optional<CallGrouping> parseGrouping(const QString& key);
    [[nodiscard]] static QStringList groupingKeys();
    [[nodiscard]] static QStringList columns();
    [[nodiscard]] static QStringList csvFields(const CallStatsRow& row);
    [[nodiscard]] static QJsonObject json(const CallStatsReport& report);
};

} // namespace Fieldbook
