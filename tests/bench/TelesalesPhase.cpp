#include "TelesalesPhase.h"

#include "BenchTimer.h"
#include "services/CallListBuilder.h"
#include "services/CallStatistics.h"
#include "store/db/Database.h"
#include "store/records/ActivityRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "workflows/CallWrapUp.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

constexpr int kAccounts = 2'000;
constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kCreated = 1'700'000'000'000;

/// Accounts (every other one a software company) and contacts with one Berlin number each.
QString bulkInsert(const QString& path, int contacts) {
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-telesales"_s);
    db.setDatabaseName(path);
    if (!db.open())
        return db.lastError().text();
    db.transaction();
    QSqlQuery account(db);
    account.prepare(u"INSERT INTO accounts (id, name, industry, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    QStringList accountIds;
    for (int i = 0; i < kAccounts; ++i) {
        accountIds.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        account.addBindValue(accountIds.last());
        account.addBindValue(u"Account %1"_s.arg(i));
        account.addBindValue(i % 2 == 0 ? u"Software"_s : u"Retail"_s);
        account.addBindValue(kCreated);
        account.addBindValue(kCreated);
        if (!account.exec())
            return account.lastError().text();
    }
    QSqlQuery contact(db);
    contact.prepare(u"INSERT INTO contacts (id, first_name, last_name, account_id, phones, do_not_call, "
                    u"created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < contacts; ++i) {
        contact.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        contact.addBindValue(u"First%1"_s.arg(i));
        contact.addBindValue(u"Last%1"_s.arg(i));
        contact.addBindValue(accountIds.at(i % kAccounts));
        contact.addBindValue(uR"([{"type":"work","value":"+49 30 %1"}])"_s.arg(2'000'000 + i));
        contact.addBindValue(i % 50 == 8 ? 1 : 0);
        contact.addBindValue(kCreated);
        contact.addBindValue(kCreated);
        if (!contact.exec())
            return contact.lastError().text();
    }
    return db.commit() ? QString() : db.lastError().text();
}

constexpr int kMonthCalls = 100'000;

/// 100,000 calls of 20 reps over November 2026, written straight into the table.
QString insertCalls(const QString& path) {
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-calls"_s);
    db.setDatabaseName(path);
    if (!db.open())
        return db.lastError().text();
    static const QStringList outcomes{u"connected"_s,      u"no answer"_s,       u"busy"_s,
                                      u"left voicemail"_s, u"call back later"_s, u"meeting booked"_s,
                                      u"not interested"_s};
    const qint64 first = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    db.transaction();
    QSqlQuery call(db);
    call.prepare(u"INSERT INTO activities (id, kind, subject, starts_at, talk_seconds, outcome, owner_id, "
                 u"created_at, updated_at) VALUES (?, 'call', 'Call', ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < kMonthCalls; ++i) {
        call.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        call.addBindValue(first + qint64(i) * 25'000); // one call every 25 s of the month
        call.addBindValue((i * 37) % 600);
        call.addBindValue(outcomes.at(i % outcomes.size()));
        call.addBindValue(u"rep-%1"_s.arg(i % 20));
        call.addBindValue(kCreated);
        call.addBindValue(kCreated);
        if (!call.exec())
            return call.lastError().text();
    }
    return db.commit() ? QString() : db.lastError().text();
}

/// The next call and what its screen shows; false when the queue is empty.
Result<std::optional<CallListEntry>> nextWithCard(Database& db, const CallList& list) {
    auto next = CallListRepository(db).next(db.localUserId(), kNow);
    if (!next || !*next)
        return next;
    auto contact = ContactRepository(db).get((*next)->contactId);
    if (!contact)
        return std::unexpected(contact.error());
    auto history = ActivityRepository(db).forContact(contact->id, 5);
    if (!history)
        return std::unexpected(history.error());
    auto deals = OpportunityRepository(db).forAccount(contact->accountId);
    if (!deals)
        return std::unexpected(deals.error());
    auto quotes = QuoteRepository(db).forAccount(contact->accountId);
    if (!quotes)
        return std::unexpected(quotes.error());
    const QString script = QString(list.script).replace(u"{first_name}"_s, contact->firstName);
    return script.isEmpty() ? std::nullopt : next;
}

} // namespace

namespace {

/// queue_next_ms and wrapup_save_ms: 50 calls worked through the list, each ending in "no answer".
QJsonObject workCalls(Database& db, const CallList& list) {
    Samples next;
    Samples wrapUp;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        auto entry = nextWithCard(db, list);
        next.add(elapsedMs(t));
        if (!entry || !*entry)
            return {{u"telesales_error"_s, entry ? u"the queue ran dry"_s : entry.error().message}};
        CallWrapUpInput in;
        in.entryId = (*entry)->id;
        in.outcome = CallOutcome::NoAnswer;
        in.talkSeconds = 25;
        t.restart();
        auto done = CallWrapUp(db).save(in, kNow);
        wrapUp.add(elapsedMs(t));
        if (!done)
            return {{u"telesales_error"_s, done.error().message}};
    }
    return {{u"queue_next_ms"_s, next.percentile(50)}, {u"wrapup_save_ms"_s, wrapUp.percentile(50)}};
}

/// call_stats_month_ms: the statistics per rep of November's 100,000 calls (median of 5).
QJsonObject monthStatistics(Database& db) {
    Samples stats;
    int counted = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto month =
            CallStatistics::build(db, CallGrouping::Rep, QDate(2026, 11, 1), QDate(2026, 11, 30), QTimeZone::utc());
        stats.add(elapsedMs(t));
        if (!month)
            return {{u"telesales_error"_s, month.error().message}};
        counted = month->total.calls;
    }
    return {{u"call_stats_month_ms"_s, stats.percentile(50)}, {u"call_stats_dataset_calls"_s, counted}};
}

} // namespace

QJsonObject runTelesalesPhase(const QString& dir, int contacts) {
    const QString path = dir + u"/telesales.sqlite"_s;
    QFile::remove(path);
    if (auto created = Database::open(path); !created)
        return {{u"telesales_error"_s, created.error().message}};
    QString written = bulkInsert(path, contacts);
    QSqlDatabase::removeDatabase(u"bench-telesales"_s);
    if (written.isEmpty())
        written = insertCalls(path);
    QSqlDatabase::removeDatabase(u"bench-calls"_s);
    if (!written.isEmpty())
        return {{u"telesales_error"_s, written}};
    auto db = Database::open(path);
    if (!db)
        return {{u"telesales_error"_s, db.error().message}};
    CallList list;
    list.name = u"Software spring"_s;
    list.script = u"Good morning {first_name}, this is Fieldbook calling."_s;
    auto saved = CallListRepository(**db).save(list);
    if (!saved)
        return {{u"telesales_error"_s, saved.error().message}};
    CallListFilter software;
    software.industry = u"Software"_s;
    QElapsedTimer t;
    t.start();
    auto built = CallListBuilder(**db, u"DE"_s).fromStore(saved->id, CallListSource::Contacts, software);
    QJsonObject metrics{{u"calllist_build_50k_ms"_s, elapsedMs(t)}, {u"telesales_dataset_contacts"_s, contacts}};
    if (!built)
        return {{u"telesales_error"_s, built.error().message}};
    metrics.insert(u"calllist_dataset_entries"_s, built->added);
    metrics.insert(u"calllist_dataset_do_not_call"_s, built->doNotCall);
    for (const QJsonObject& part : {workCalls(**db, *saved), monthStatistics(**db)})
        for (auto it = part.begin(); it != part.end(); ++it)
            metrics.insert(it.key(), it.value());
    return metrics;
}

} // namespace Fieldbook::Bench
