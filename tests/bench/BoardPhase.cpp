#include "BoardPhase.h"

#include "BenchTimer.h"
#include "common/Uuid7.h"
#include "domain/Pipeline.h"
#include "models/PipelineBoardModel.h"
#include "search/SearchService.h"
#include "services/DemoDataService.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

/// The opportunities written straight into the table in one transaction: the bench measures
/// reading the board, not the repository's writes (validation, history, outbox), which would
/// take most of a minute for 50,000 records.
QString bulkInsert(const QString& path, const QString& ownerId, int count) {
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-board"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery accounts(db);
        QStringList accountIds;
        if (accounts.exec(u"SELECT id FROM accounts WHERE deleted = 0"_s))
            while (accounts.next())
                accountIds.append(accounts.value(0).toString());
        if (accountIds.isEmpty())
            return u"no accounts to attach opportunities to"_s;
        const Pipeline pipeline = Pipeline::standard();
        const QStringList currencies{u"CNY"_s, u"USD"_s, u"EUR"_s, u"JPY"_s};
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO opportunities (id, name, account_id, amount, currency, close_date, stage, "
                       u"probability, forecast_category, owner_id, created_at, updated_at) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const QDate start(2026, 1, 1);
        for (int i = 0; i < count && error.isEmpty(); ++i) {
            const PipelineStage& stage = pipeline.stages.at(i % 4); // the four open stages
            insert.addBindValue(createUuid7());
            insert.addBindValue(u"Opportunity %1"_s.arg(i));
            insert.addBindValue(accountIds.at(i % accountIds.size()));
            insert.addBindValue(qint64(100'000 + (i * 7919) % 50'000'000));
            insert.addBindValue(currencies.at((i / 4) % currencies.size()));
            insert.addBindValue(start.addDays(i % 730).toString(Qt::ISODate));
            insert.addBindValue(stage.key);
            insert.addBindValue(stage.probability);
            insert.addBindValue(forecastCategoryKey(stage.category));
            insert.addBindValue(ownerId);
            insert.addBindValue(qint64(1'700'000'000'000));
            insert.addBindValue(qint64(1'700'000'000'000));
            if (!insert.exec())
                error = insert.lastError().text();
        }
        if (error.isEmpty() && !db.commit())
            error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-board"_s);
    return error;
}

CurrencyRates benchRates() {
    CurrencyRates rates(u"CNY"_s);
    rates.setRate(u"USD"_s, *ExchangeRate::parse(u"7.1234"));
    rates.setRate(u"EUR"_s, *ExchangeRate::parse(u"7.8125"));
    return rates; // JPY has no rate: those amounts are counted as not converted, as in real use
}

} // namespace

QJsonObject runBoardPhase(const QString& dir, int opportunities) {
    const QString path = dir + u"/board.sqlite"_s;
    QFile::remove(path);
    QString ownerId;
    {
        auto db = Database::open(path);
        if (!db)
            return {{u"board_error"_s, db.error().message}};
        DemoRequest request;
        request.accounts = 2000;
        request.seed = 7;
        if (auto generated = DemoDataService::generate(**db, request); !generated)
            return {{u"board_error"_s, generated.error().message}};
        ownerId = (*db)->localUserId();
    }
    if (const QString error = bulkInsert(path, ownerId, opportunities); !error.isEmpty())
        return {{u"board_error"_s, error}};

    auto db = Database::open(path);
    if (!db)
        return {{u"board_error"_s, db.error().message}};
    Samples loads;
    int onBoard = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        PipelineBoardModel model(**db, Pipeline::standard(), benchRates());
        loads.add(elapsedMs(t));
        onBoard = model.totalCount();
    }

    PipelineBoardModel model(**db, Pipeline::standard(), benchRates());
    OpportunityRepository repository(**db);
    const QModelIndex prospecting = model.stageIndex(0);
    Samples moves;
    for (int i = 0; i < 20; ++i) {
        const QString id =
            model.index(0, 0, model.stageIndex(i % 2 == 0 ? 0 : 1)).data(PipelineBoardModel::IdRole).toString();
        auto o = repository.get(id);
        if (!o)
            return {{u"board_error"_s, o.error().message}};
        o->stage = i % 2 == 0 ? u"qualification"_s : u"prospecting"_s;
        QElapsedTimer t;
        t.start();
        if (auto saved = repository.save(*o); !saved) // the board follows through the store's events
            return {{u"board_error"_s, saved.error().message}};
        moves.add(elapsedMs(t));
    }
    // Quick open over the same store: opportunity names by any part, account names, and text
    // found nowhere (a full scan of the opportunities).
    SearchService search(**db);
    Samples quick;
    int found = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : {u"o"_s, u"op"_s, u"opportunity 4"_s, u"4242"_s, u"12345"_s, u"tech"_s, u"gro"_s,
                                    u"上海"_s, u"科技"_s, u"zzz"_s, u"q-2026"_s, u"ber opp"_s}) {
            QElapsedTimer t;
            t.start();
            auto hits = search.search(text, 30);
            quick.add(elapsedMs(t));
            if (!hits)
                return {{u"board_error"_s, hits.error().message}};
            found += int(hits->size());
        }
    }
    return {{u"board_load_50k_ms"_s, loads.percentile(50)},
            {u"quick_open_50k_p95_ms"_s, quick.percentile(95)},
            {u"quick_open_50k_max_ms"_s, quick.percentile(100)},
            {u"quick_open_50k_hits"_s, found},
            {u"board_load_50k_max_ms"_s, loads.percentile(100)},
            {u"board_opportunities"_s, onBoard},
            {u"board_first_column_cards"_s, model.rowCount(prospecting)},
            {u"board_card_move_ms"_s, moves.percentile(50)}};
}

} // namespace Fieldbook::Bench
