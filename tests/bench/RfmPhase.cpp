#include "RfmPhase.h"

#include "BenchTimer.h"
#include "domain/Pipeline.h"
#include "services/CustomerSegments.h"
#include "store/db/Database.h"
#include "store/records/WonBusinessRows.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

const QDate kAsOf(2026, 6, 30);

/// What the bench writes, counted.
struct Written {
    int wonDeals = 0;
    QString error;
};

bool insertAccount(QSqlQuery& insert, int i, const QString& id) {
    static const QStringList industries{u"Retail"_s, u"Manufacturing"_s, u"Software"_s, u"Healthcare"_s};
    static const QStringList regions{u"上海"_s, u"Bavaria"_s, u"CA"_s, u"Île-de-France"_s};
    insert.addBindValue(id);
    insert.addBindValue(u"Account %1"_s.arg(i));
    insert.addBindValue(industries.at(i % industries.size()));
    insert.addBindValue(regions.at(i % regions.size()));
    insert.addBindValue(u"Country %1"_s.arg(i % 40));
    insert.addBindValue(qint64(1'700'000'000'000));
    insert.addBindValue(qint64(1'700'000'000'000));
    return insert.exec();
}

bool insertDeal(QSqlQuery& insert, int serial, const QString& accountId, const PipelineStage& stage) {
    static const QStringList currencies{u"CNY"_s, u"USD"_s, u"EUR"_s, u"JPY"_s};
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.addBindValue(accountId);
    insert.addBindValue(qint64(50'000 + (qint64(serial) * 7919) % 20'000'000));
    insert.addBindValue(currencies.at(serial % currencies.size()));
    insert.addBindValue(kAsOf.addDays(-((serial * 37) % 1095)).toString(Qt::ISODate));
    insert.addBindValue(stage.key);
    insert.addBindValue(forecastCategoryKey(stage.category));
    insert.addBindValue(qint64(1'700'000'000'000));
    insert.addBindValue(qint64(1'700'000'000'000));
    return insert.exec();
}

/// Accounts and opportunities written straight into the tables in one transaction: the bench
/// measures the report, not the repositories' writes.
Written bulkInsert(const QString& path, int accounts) {
    Written written;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-rfm"_s);
    db.setDatabaseName(path);
    if (!db.open())
        return {0, db.lastError().text()};
    const Pipeline pipeline = Pipeline::standard();
    db.transaction();
    QSqlQuery account(db);
    account.prepare(u"INSERT INTO accounts (id, name, industry, region, country, created_at, updated_at) "
                    u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery deal(db);
    deal.prepare(u"INSERT INTO opportunities (id, name, account_id, amount, currency, close_date, stage, "
                 u"forecast_category, created_at, updated_at) VALUES (?, 'Deal', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int serial = 0;
    for (int i = 0; i < accounts && written.error.isEmpty(); ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool ok = insertAccount(account, i, id);
        for (int d = 0; ok && d < 1 + (i * 7) % 5; ++d, ++written.wonDeals)
            ok = insertDeal(deal, ++serial, id, pipeline.won());
        if (ok && i % 3 == 0)
            ok = insertDeal(deal, ++serial, id, i % 2 == 0 ? pipeline.lost() : pipeline.stages.at(2)); // or proposal
        if (!ok)
            written.error = account.lastError().text() + deal.lastError().text();
    }
    if (written.error.isEmpty() && !db.commit())
        written.error = db.lastError().text();
    db.close();
    return written;
}

CurrencyRates benchRates() {
    CurrencyRates rates(u"CNY"_s);
    rates.setRate(u"USD"_s, *ExchangeRate::parse(u"7.1234"));
    rates.setRate(u"EUR"_s, *ExchangeRate::parse(u"7.8125"));
    return rates; // JPY has no rate: counted, named, not added
}

} // namespace

QJsonObject runRfmPhase(const QString& dir, int accounts) {
    const QString path = dir + u"/rfm.sqlite"_s;
    QFile::remove(path);
    if (auto created = Database::open(path); !created)
        return {{u"rfm_error"_s, created.error().message}};
    const Written written = bulkInsert(path, accounts);
    QSqlDatabase::removeDatabase(u"bench-rfm"_s);
    if (!written.error.isEmpty())
        return {{u"rfm_error"_s, written.error}};

    auto db = Database::open(path);
    if (!db)
        return {{u"rfm_error"_s, db.error().message}};
    Samples loads;
    Samples reports;
    int scored = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto won = WonBusinessRows::load(**db);
        loads.add(elapsedMs(t));
        if (!won)
            return {{u"rfm_error"_s, won.error().message}};
        t.restart();
        auto report = CustomerSegments::build(**db, kAsOf, benchRates());
        reports.add(elapsedMs(t));
        if (!report)
            return {{u"rfm_error"_s, report.error().message}};
        scored = int(report->customers.size());
    }
    return {{u"rfm_100k_accounts_ms"_s, reports.percentile(50)},
            {u"rfm_load_ms"_s, loads.percentile(50)},
            {u"rfm_dataset_accounts"_s, scored},
            {u"rfm_dataset_won_deals"_s, written.wonDeals}};
}

} // namespace Fieldbook::Bench
