#include "ForecastPhase.h"

#include "BenchTimer.h"
#include "analytics/ForecastEngine.h"
#include "common/Uuid7.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "store/records/CurrencySettings.h"
#include "store/records/ForecastSource.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

constexpr int kUsers = 50;
constexpr qint64 kDayMs = 86'400'000;

/// Runs `sql` once per row of `rows`; the first error, or "".
QString insertAll(QSqlDatabase& db, const QString& sql, const QList<QVariantList>& rows) {
    QSqlQuery insert(db);
    insert.prepare(sql);
    for (const QVariantList& row : rows) {
        for (const QVariant& v : row)
            insert.addBindValue(v);
        if (!insert.exec())
            return insert.lastError().text();
    }
    return {};
}

/// One VP, 7 managers under them, 42 reps under the managers; a quota for every rep and quarter.
QStringList users(QSqlDatabase& db, QString* error) {
    QStringList ids;
    QList<QVariantList> rows;
    for (int i = 0; i < kUsers; ++i) {
        ids.append(createUuid7());
        const QString manager = i == 0 ? QString() : i <= 7 ? ids[0] : ids[1 + (i - 8) % 7];
        rows.append({ids[i], u"User %1"_s.arg(i), i == 0 || i <= 7 ? u"manager"_s : u"rep"_s,
                     manager.isEmpty() ? QVariant() : manager, u"Team %1"_s.arg(i <= 7 ? i : 1 + (i - 8) % 7),
                     qint64(0)});
    }
    *error = insertAll(db,
                       u"INSERT INTO users (id, name, role, manager_id, team, created_at, updated_at) "
                       u"VALUES (?, ?, ?, ?, ?, ?, 0)"_s,
                       rows);
    QList<QVariantList> quotas;
    for (int i = 8; i < kUsers; ++i)
        for (int q = 0; q < 12; ++q)
            quotas.append({createUuid7(), QDate(2025, 1, 1).addMonths(3 * q).toString(Qt::ISODate), ids[i]});
    if (error->isEmpty())
        *error = insertAll(db,
                           u"INSERT INTO quotas (id, period_kind, period_start, amount, currency, owner_id, "
                           u"created_at, updated_at) VALUES (?, 'quarter', ?, 50000000, 'USD', ?, 0, 0)"_s,
                           quotas);
    return ids;
}

QString opportunities(QSqlDatabase& db, const QStringList& owners, int count) {
    const QStringList stages{u"prospecting"_s, u"qualification"_s, u"proposal"_s, u"negotiation"_s};
    const QStringList categories{u"pipeline"_s, u"pipeline"_s, u"best_case"_s, u"commit"_s};
    const QStringList currencies{u"USD"_s, u"EUR"_s, u"CNY"_s};
    QSqlQuery deal(db);
    deal.prepare(u"INSERT INTO opportunities (id, name, amount, currency, close_date, stage, probability, "
                 u"forecast_category, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s);
    QSqlQuery history(db);
    history.prepare(u"INSERT INTO opportunity_history (id, opportunity_id, field, old_value, new_value, changed_at, "
                    u"created_at, updated_at) VALUES (?, ?, 'stage', COALESCE(?, ''), ?, ?, 0, 0)"_s);
    const QDate start(2025, 1, 1);
    for (int i = 0; i < count; ++i) {
        const int roll = (i * 7919) % 100;
        const QString stage = roll < 33 ? u"won"_s : roll < 53 ? u"lost"_s : stages[i % 4];
        const QString category = roll < 33 ? u"closed"_s : roll < 53 ? u"omitted"_s : categories[i % 4];
        const QDate close = start.addDays(i % 1095);
        const qint64 opened = QDateTime(close.addDays(-(20 + i % 90)), QTime(9, 0)).toMSecsSinceEpoch();
        const QString id = createUuid7();
        for (const QVariant& v : QVariantList{id, u"Deal %1"_s.arg(i), qint64(100'000 + (i * 7919) % 50'000'000),
                                              currencies[i % 3], close.toString(Qt::ISODate), stage,
                                              roll < 33   ? 100
                                              : roll < 53 ? 0
                                                          : 10 + 20 * (i % 4),
                                              category, owners[8 + i % (kUsers - 8)], opened})
            deal.addBindValue(v);
        if (!deal.exec())
            return deal.lastError().text();
        const QStringList path{QString(), u"prospecting"_s, u"proposal"_s, stage};
        for (int h = 1; h < path.size(); ++h) {
            for (const QVariant& v :
                 QVariantList{createUuid7(), id, path[h - 1], path[h], opened + (h - 1) * 9 * kDayMs})
                history.addBindValue(v);
            if (!history.exec())
                return history.lastError().text();
        }
    }
    return {};
}

QString build(const QString& path, int count) {
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-forecast"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        db.transaction();
        const QStringList ids = users(db, &error);
        if (error.isEmpty())
            error = opportunities(db, ids, count);
        if (error.isEmpty() && !db.commit())
            error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-forecast"_s);
    return error;
}

/// What the dashboard computes from one input (docs/forecast.md, Dashboard).
qint64 dashboard(const ForecastEngine& engine) {
    qint64 check = 0;
    const QDate from(2025, 1, 1);
    const QDate to(2027, 12, 31);
    const auto add = [&](PeriodKind period, ForecastDimension by) {
        for (const ForecastRow& row : engine.rows({.period = period, .from = from, .to = to, .by = by, .filter = {}}))
            check += row.figures.closedWon + row.figures.openPipeline();
    };
    add(PeriodKind::Quarter, ForecastDimension::Total);
    add(PeriodKind::Quarter, ForecastDimension::Owner);
    add(PeriodKind::Quarter, ForecastDimension::Manager);
    add(PeriodKind::Month, ForecastDimension::Total);
    add(PeriodKind::Year, ForecastDimension::Stage);
    add(PeriodKind::Year, ForecastDimension::Category);
    add(PeriodKind::Year, ForecastDimension::Product);
    return check;
}

CurrencyRates forecastRates() {
    CurrencyRates rates(u"USD"_s);
    rates.setRate(u"EUR"_s, *ExchangeRate::parse(u"1.08"));
    rates.setRate(u"CNY"_s, *ExchangeRate::parse(u"0.139"));
    return rates;
}

/// The median of three readings of the forecast's data (all of it, or the deals closing in `closing`).
Result<std::pair<double, std::shared_ptr<const ForecastInput>>> timedLoad(Database& db, const CurrencyRates& rates,
                                                                          std::optional<CloseRange> closing) {
    Samples load;
    std::shared_ptr<const ForecastInput> input;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto loaded = ForecastSource::load(db, rates, closing);
        if (!loaded)
            return std::unexpected(loaded.error());
        load.add(elapsedMs(t));
        input = *loaded;
    }
    return std::pair{load.percentile(50), input};
}

/// The same whole read without the stage history's own index (docs/forecast.md, Performance),
/// which is made again afterwards.
Result<double> loadWithoutStageIndex(Database& db, const CurrencyRates& rates) {
    const QString index = u"opportunity_history_stages"_s;
    auto sql = db.connection().scalar(u"SELECT sql FROM sqlite_master WHERE name = ?"_s, {index}, u"bench"_s);
    if (!sql)
        return std::unexpected(sql.error());
    if (auto dropped = db.connection().execDirect(u"DROP INDEX "_s + index, u"bench"_s); !dropped)
        return std::unexpected(dropped.error());
    db.connection().clearCache();
    auto loaded = timedLoad(db, rates, std::nullopt);
    if (auto made = db.connection().execDirect(sql->toString(), u"bench"_s); !made)
        return std::unexpected(made.error());
    db.connection().clearCache();
    if (!loaded)
        return std::unexpected(loaded.error());
    return loaded->first;
}

} // namespace

Result<QString> buildForecastStore(const QString& dir, int opportunities) {
    const QString path = dir + u"/forecast.sqlite"_s;
    QFile::remove(path);
    {
        auto db = Database::open(path);
        if (!db)
            return std::unexpected(db.error());
        // What the app reads them from (the dashboard): the rates and a fiscal year from April.
        if (auto saved = CurrencySettings::save(**db, forecastRates()); !saved)
            return std::unexpected(saved.error());
        if (auto set = ForecastSource::setFiscalFirstMonth(**db, 4); !set)
            return std::unexpected(set.error());
    }
    if (const QString error = build(path, opportunities); !error.isEmpty())
        return fail(ErrorCode::Database, error);
    return path;
}

QJsonObject runForecastPhase(const QString& dir, int opportunities) {
    const auto path = buildForecastStore(dir, opportunities);
    if (!path)
        return {{u"forecast_error"_s, path.error().message}};
    auto db = Database::open(*path);
    if (!db)
        return {{u"forecast_error"_s, db.error().message}};
    const CurrencyRates rates = forecastRates();
    const FiscalPeriod year = FiscalCalendar(4).year(2026); // the dashboard's slice: April 2025 to March 2026
    auto whole = timedLoad(**db, rates, std::nullopt);
    auto slice = timedLoad(**db, rates, CloseRange{.first = year.first, .last = year.last});
    auto unindexed = loadWithoutStageIndex(**db, rates);
    if (!whole || !slice || !unindexed)
        return {{u"forecast_error"_s, !whole   ? whole.error().message
                                      : !slice ? slice.error().message
                                               : unindexed.error().message}};
    const ForecastEngine engine(whole->second, FiscalCalendar(4));
    Samples compute;
    qint64 check = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        check = dashboard(engine);
        compute.add(elapsedMs(t));
    }
    return {{u"forecast_dataset_opportunities"_s, opportunities},
            {u"forecast_dataset_stage_changes"_s, opportunities * 3},
            {u"forecast_load_100k_ms"_s, whole->first},
            {u"forecast_load_100k_without_stage_index_ms"_s, *unindexed},
            {u"forecast_load_fiscal_year_ms"_s, slice->first},
            {u"forecast_fiscal_year_opportunities"_s, slice->second->deals.size()},
            {u"forecast_100k_ms"_s, compute.percentile(50)},
            {u"forecast_check"_s, QString::number(check)}};
}

} // namespace Fieldbook::Bench
