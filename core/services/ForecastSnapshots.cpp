#include "ForecastSnapshots.h"

#include "common/Clock.h"
#include "store/db/Database.h"
#include "store/records/ForecastHistoryRepository.h"
#include "store/records/UserRepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

ForecastSnapshot fromRow(const ForecastEngine& engine, const ForecastRow& row, bool team, QDate takenOn) {
    const ForecastFigures& f = row.figures;
    return {.id = {},
            .subjectId = row.group,
            .team = team,
            .periodKind = periodKindKey(row.period.kind),
            .periodStart = row.period.first,
            .submitted = false,
            .takenOn = takenOn,
            .closedWon = f.closedWon,
            .commit = f.commit(),
            .bestCase = f.bestCase(),
            .pipeline = f.openPipeline(),
            .quota = f.quota,
            .adjustedCommit = row.adjusted ? row.adjusted->commit : -1,
            .adjustedBestCase = row.adjusted ? row.adjusted->bestCase : -1,
            .currency = engine.input().rates.reportingCurrency(),
            .note = {}};
}

/// The rows a snapshot is taken of: each user's own (by owner) and each manager's team, of the
/// people this device's user may write for: themselves and everyone below them (an admin: all).
QList<std::pair<ForecastRow, bool>> rowsToKeep(const ForecastEngine& engine, PeriodKind kind, QDate today,
                                               const User& me) {
    const auto& users = engine.input().users;
    const auto mine = std::find_if(users.cbegin(), users.cend(), [&](const ForecastUser& u) { return u.id == me.id; });
    const int self = mine == users.cend() ? -1 : int(mine - users.cbegin());
    const auto mayWrite = [&](const QString& id) {
        if (me.role == UserRole::Admin)
            return true;
        const auto u = std::find_if(users.cbegin(), users.cend(), [&](const ForecastUser& x) { return x.id == id; });
        return self >= 0 && u != users.cend() && engine.isUnder(int(u - users.cbegin()), self);
    };
    const FiscalPeriod period = engine.calendar().periodOf(today, kind);
    QList<std::pair<ForecastRow, bool>> rows;
    for (const ForecastDimension by : {ForecastDimension::Owner, ForecastDimension::Manager}) {
        const ForecastQuery query{.period = kind, .from = period.first, .to = period.last, .by = by, .filter = {}};
        for (const ForecastRow& row : engine.rows(query)) {
            if (!row.group.isEmpty() && mayWrite(row.group)) // not an unknown owner, nor someone above
                rows.append({row, by == ForecastDimension::Manager});
        }
    }
    return rows;
}

} // namespace

QDate ForecastSnapshots::weekOf(QDate day) {
    return day.addDays(1 - day.dayOfWeek());
}

Result<int> ForecastSnapshots::takeWeekly(Database& db, const ForecastEngine& engine, QDate today) {
    ForecastHistoryRepository repository(db);
    auto me = UserRepository(db).localUser();
    if (!me)
        return std::unexpected(me.error());
    auto existing = repository.snapshots();
    if (!existing)
        return std::unexpected(existing.error());
    QSet<QString> taken;
    for (const ForecastSnapshot& s : std::as_const(*existing))
        taken.insert(s.id);
    const QDate week = weekOf(today);
    int count = 0;
    auto ok = db.transaction([&]() -> Result<void> {
        for (const PeriodKind kind : {PeriodKind::Quarter, PeriodKind::Year}) {
            for (const auto& [row, team] : rowsToKeep(engine, kind, today, *me)) {
                const ForecastSnapshot snapshot = fromRow(engine, row, team, week);
                if (taken.contains(ForecastHistoryRepository::weeklyId(snapshot)))
                    continue;
                if (auto kept = repository.keep(snapshot); !kept)
                    return std::unexpected(kept.error());
                ++count;
            }
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return count;
}

Result<ForecastSnapshot> ForecastSnapshots::submit(Database& db, const ForecastEngine& engine, const QString& userId,
                                                   bool team, PeriodKind period, QDate day, const QString& note) {
    const FiscalPeriod p = engine.calendar().periodOf(day, period);
    const ForecastQuery query{.period = period,
                              .from = p.first,
                              .to = p.last,
                              .by = team ? ForecastDimension::Manager : ForecastDimension::Owner,
                              .filter = {}};
    // Someone without deals or a quota in the period submits zeros: "nothing this quarter" is a forecast too.
    ForecastRow mine{.period = p, .group = userId, .groupName = {}, .figures = {}, .adjusted = std::nullopt};
    const QList<ForecastRow> rows = engine.rows(query);
    const auto found =
        std::find_if(rows.cbegin(), rows.cend(), [&](const ForecastRow& r) { return r.group == userId; });
    if (found != rows.cend())
        mine = *found;
    ForecastSnapshot snapshot = fromRow(engine, mine, team, Clock::today());
    snapshot.submitted = true;
    snapshot.note = note;
    return ForecastHistoryRepository(db).keep(snapshot);
}

} // namespace Fieldbook
