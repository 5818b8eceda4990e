#include "ImportPhase.h"

#include "BenchTimer.h"
#include "demo/DemoGenerator.h"
#include "io/CsvWriter.h"
#include "services/CsvImporter.h"
#include "store/Database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

QList<Contact> sampleContacts(int rows) {
    DemoGenerator generator(7, 1'790'000'000'000);
    generator.users(8);
    QList<Contact> contacts;
    contacts.reserve(rows);
    const int accounts = std::max(1, rows / 10);
    for (int i = 0; i < rows; ++i) {
        const Account account = generator.account(generator.accountIndexForContact(i, accounts));
        Contact c = generator.contact(i, account);
        c.externalId = u"BENCH-%1"_s.arg(i);
        contacts.append(c);
    }
    return contacts;
}

bool writeCsv(const QString& path, const QList<Contact>& contacts) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(CsvWriter::encodeRow({u"external_id"_s, u"first_name"_s, u"last_name"_s, u"title"_s, u"email"_s,
                                     u"phone"_s, u"city"_s, u"country"_s}));
    for (const auto& c : contacts)
        file.write(CsvWriter::encodeRow(
            {c.externalId, c.firstName, c.lastName, c.title, c.emails.isEmpty() ? QString() : c.emails.first().value,
             c.phones.isEmpty() ? QString() : c.phones.first().value, c.address.city, c.address.country}));
    return true;
}

QString text(const QString& s) {
    return s.isNull() ? u""_s : s; // a null QString binds as SQL NULL
}

/// The baseline: what SQLite does for these rows with no Fieldbook logic at all.
double rawInsertRowsPerSecond(const QString& path, const QList<Contact>& contacts) {
    {
        auto db = Database::open(path); // same schema and indexes as the real store
        if (!db)
            return 0;
    }
    double rate = 0;
    {
        auto sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-raw"_s);
        sql.setDatabaseName(path);
        if (!sql.open())
            return 0;
        QSqlQuery pragma(sql);
        pragma.exec(u"PRAGMA journal_mode = WAL"_s);
        pragma.exec(u"PRAGMA synchronous = NORMAL"_s);
        QElapsedTimer t;
        t.start();
        sql.transaction();
        QSqlQuery q(sql);
        q.prepare(u"INSERT INTO contacts (id, first_name, last_name, title, emails, phones, city, country, "
                  u"external_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const auto& c : contacts) {
            q.bindValue(0, text(c.id));
            q.bindValue(1, text(c.firstName));
            q.bindValue(2, text(c.lastName));
            q.bindValue(3, text(c.title));
            q.bindValue(4, text(c.emails.isEmpty() ? QString() : c.emails.first().value));
            q.bindValue(5, text(c.phones.isEmpty() ? QString() : c.phones.first().value));
            q.bindValue(6, text(c.address.city));
            q.bindValue(7, text(c.address.country));
            q.bindValue(8, text(c.externalId));
            q.bindValue(9, c.createdAt);
            q.bindValue(10, c.updatedAt);
            if (!q.exec()) {
                qWarning("raw insert failed: %s", qPrintable(q.lastError().text()));
                return 0;
            }
        }
        sql.commit();
        rate = double(contacts.size()) / (elapsedMs(t) / 1000.0);
        q.finish();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"bench-raw"_s);
    return rate;
}

} // namespace

QJsonObject runImportPhase(const QString& dir, int rows) {
    const QList<Contact> contacts = sampleContacts(rows);
    const QString csv = dir + u"/import.csv"_s;
    if (!writeCsv(csv, contacts))
        return {{u"import_error"_s, QString(u"cannot write "_s + csv)}};

    const QString importDb = dir + u"/import.sqlite"_s;
    QFile::remove(importDb);
    auto db = Database::open(importDb);
    if (!db)
        return {{u"import_error"_s, db.error().message}};
    ImportRequest request;
    request.type = ImportRecordType::Contacts;
    request.path = csv;
    QElapsedTimer t;
    t.start();
    auto report = CsvImporter::run(**db, request);
    const double seconds = elapsedMs(t) / 1000.0;
    if (!report)
        return {{u"import_error"_s, report.error().message}};
    const double importRate = double(report->imported + report->updated) / seconds;

    const QString rawDb = dir + u"/raw.sqlite"_s;
    QFile::remove(rawDb);
    const double rawRate = rawInsertRowsPerSecond(rawDb, contacts);
    return {{u"import_rows"_s, rows},
            {u"import_rejected"_s, int(report->rejected.size())},
            {u"import_rows_per_s"_s, importRate},
            {u"raw_insert_rows_per_s"_s, rawRate},
            {u"import_vs_raw_insert_ratio"_s, rawRate > 0 ? importRate / rawRate : 0.0}};
}

} // namespace Fieldbook::Bench
