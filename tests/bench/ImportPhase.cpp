#include "ImportPhase.h"

#include "BenchTimer.h"
#include "SqlReplay.h"
#include "demo/DemoGenerator.h"
#include "io/CsvWriter.h"
#include "services/CsvImporter.h"
#include "store/db/Database.h"

#include <QFile>

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

    db->reset(); // the replay reads the file

    // Both baselines write rows that the import itself produced, through the SQLite C API.
    QString error;
    const QString rawDb = dir + u"/raw.sqlite"_s;
    const QString floorDb = dir + u"/floor.sqlite"_s;
    for (const QString& path : {rawDb, floorDb}) {
        if (error = createStore(path); !error.isEmpty())
            return {{u"import_error"_s, error}};
    }
    const double rawRate = replayRowsPerSecond(importDb, rawDb, {u"contacts"_s}, {.recordsOnly = true}, &error);
    const double floorRate = rawRate > 0 ? replayRowsPerSecond(importDb, floorDb, {u"contacts"_s}, {}, &error) : -1;
    if (rawRate <= 0 || floorRate <= 0)
        return {{u"import_error"_s, error}};
    return {{u"import_rows"_s, rows},
            {u"import_rejected"_s, int(report->rejected.size())},
            {u"import_rows_per_s"_s, importRate},
            {u"raw_insert_rows_per_s"_s, rawRate},
            {u"import_vs_raw_insert_ratio"_s, importRate / rawRate},
            {u"import_sql_floor_rows_per_s"_s, floorRate},
            {u"import_vs_sql_floor_ratio"_s, importRate / floorRate}};
}

} // namespace Fieldbook::Bench
