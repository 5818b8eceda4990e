#include "ServiceTestHelpers.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/CsvImporter.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/SqlConnection.h"
#include "store/records/UserRepository.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

Contact onlyContact(Database& db, const QString& externalId) {
    auto found = ContactRepository(db).findByExternalId(externalId);
    REQUIRE(found);
    REQUIRE(found->has_value());
    return **found;
}

int contactCount(Database& db) {
    return *ContactRepository(db).count();
}

int accountCount(Database& db) {
    return *AccountRepository(db).count();
}

} // namespace

TEST_CASE("a CSV with a byte-order mark, quoted commas and quoted newlines imports every row", "[import]") {
    TempDatabase t;
    QFile file(testDataPath(u"contacts-bom.csv"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    ImportRequest request;
    request.type = ImportRecordType::Contacts;
    request.device = &file;
    auto report = CsvImporter::run(t.db(), request);
    REQUIRE(report);
    CHECK(report->imported == 4);
    CHECK(report->rejected.isEmpty());
    auto anna = ContactRepository(t.db()).findByEmail(u"anna@example.com"_s);
    REQUIRE(anna);
    REQUIRE(anna->size() == 1);
    CHECK(anna->first().firstName == u"Anna"_s); // the BOM is not part of the first header
    CHECK(anna->first().notes == u"Met at fair, Hall 3"_s);
    t.reopen();
    CHECK(contactCount(t.db()) == 4);
}

TEST_CASE("columns map by field name, by common header names and by an explicit mapping", "[import]") {
    TempDatabase t;
    const QByteArray csv = "First Name,Surname,E-mail,Company Phone,Position,Ref\n"
                           "Ada,Lovelace,ada@example.com,+44 20 7946 0000,Countess,C-1\n";
    ImportRequest request;
    request.fieldMap = {{u"phone"_s, u"company phone"_s}, {u"external_id"_s, u"Ref"_s}};
    auto report = importCsv(t.db(), ImportRecordType::Contacts, csv, request);
    REQUIRE(report);
    REQUIRE(report->imported == 1);
    const Contact ada = onlyContact(t.db(), u"C-1"_s);
    CHECK(ada.firstName == u"Ada"_s);
    CHECK(ada.lastName == u"Lovelace"_s);
    CHECK(ada.title == u"Countess"_s);
    REQUIRE(ada.emails.size() == 1);
    CHECK(ada.emails.first().value == u"ada@example.com"_s);
    REQUIRE(ada.phones.size() == 1);
    CHECK(ada.phones.first().value == u"+44 20 7946 0000"_s);
}

TEST_CASE("a mapping to a field or column that does not exist is refused before anything is written", "[import]") {
    TempDatabase t;
    ImportRequest request;
    request.fieldMap = {{u"nickname"_s, u"name"_s}};
    auto unknownField = importCsv(t.db(), ImportRecordType::Accounts, "name\nAcme\n", request);
    REQUIRE_FALSE(unknownField);
    CHECK(unknownField.error().message.contains(u"nickname"_s));
    request.fieldMap = {{u"name"_s, u"company"_s}};
    auto unknownColumn = importCsv(t.db(), ImportRecordType::Accounts, "name\nAcme\n", request);
    REQUIRE_FALSE(unknownColumn);
    CHECK(unknownColumn.error().message.contains(u"company"_s));
    CHECK(accountCount(t.db()) == 0);
}

TEST_CASE("value maps translate picklist values before they are stored", "[import]") {
    TempDatabase t;
    ImportRequest request;
    request.valueMap = {{u"industry"_s, u"technolgy"_s, u"Technology"_s}};
    auto report = importCsv(t.db(), ImportRecordType::Accounts,
                            "name,industry,external_id\nAcme,Technolgy,A1\nGlobex,retail,A2\n", request);
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK((*AccountRepository(t.db()).findByExternalId(u"A1"_s))->industry == u"Technology"_s);
    CHECK((*AccountRepository(t.db()).findByExternalId(u"A2"_s))->industry == u"retail"_s);
}

TEST_CASE("re-running an import updates the records it created instead of duplicating them", "[import]") {
    TempDatabase t;
    const QByteArray csv = "external_id,first_name,last_name,title\n"
                           "X1,Ann,Ames,Buyer\nX2,Ben,Bell,CEO\nX3,Cy,Cole,CTO\n";
    auto first = importCsv(t.db(), ImportRecordType::Contacts, csv);
    REQUIRE(first);
    CHECK(first->imported == 3);
    CHECK(first->updated == 0);
    QByteArray changed = csv;
    changed.replace("Buyer", "Head of buying");
    auto second = importCsv(t.db(), ImportRecordType::Contacts, changed);
    REQUIRE(second);
    CHECK(second->imported == 0);
    CHECK(second->updated == 3);
    CHECK(contactCount(t.db()) == 3);
    CHECK(onlyContact(t.db(), u"X1"_s).title == u"Head of buying"_s);
}

TEST_CASE("rows without external id match contacts by e-mail, accounts by name and users by name", "[import]") {
    TempDatabase t;
    REQUIRE(importCsv(t.db(), ImportRecordType::Contacts, "first_name,email\nAnn,ann@example.com\n"));
    auto contacts =
        importCsv(t.db(), ImportRecordType::Contacts, "first_name,email,title\nAnnie,ANN@example.com,Boss\n");
    REQUIRE(contacts);
    CHECK(contacts->updated == 1);
    CHECK(contactCount(t.db()) == 1);

    REQUIRE(importCsv(t.db(), ImportRecordType::Accounts, "name,industry\nAcme Corp,Retail\n"));
    auto accounts = importCsv(t.db(), ImportRecordType::Accounts, "name,industry\nacme corp,Finance\n");
    REQUIRE(accounts);
    CHECK(accounts->updated == 1);
    CHECK(accountCount(t.db()) == 1);

    REQUIRE(importCsv(t.db(), ImportRecordType::Users, "name,team\nJane Roe,East\n"));
    auto users = importCsv(t.db(), ImportRecordType::Users, "name,team\nJane Roe,West\n");
    REQUIRE(users);
    CHECK(users->updated == 1);
    auto jane = UserRepository(t.db()).findByName(u"Jane Roe"_s);
    REQUIRE(jane);
    CHECK((*jane)->team == u"West"_s);
}

TEST_CASE("rows that fail validation are rejected with their row number and the others are imported", "[import]") {
    TempDatabase t;
    const QByteArray csv = "first_name,last_name,email,birthday\n"
                           "Ann,Ames,ann@example.com,1980-02-03\n" // row 2
                           ",,nobody@example.com,\n"               // row 3: no name
                           "Ben,Bell,not-an-address,\n"            // row 4
                           "\n"                                    // row 5: blank, counted
                           "Cy,Cole,cy@example.com,3/4/1990\n"     // row 6: not an ISO date
                           "Di,Dean,di@example.com,\n";            // row 7
    auto report = importCsv(t.db(), ImportRecordType::Contacts, csv);
    REQUIRE(report);
    CHECK(report->imported == 2);
    REQUIRE(report->rejected.size() == 3);
    CHECK(report->rejected.at(0).row == 3);
    CHECK(report->rejected.at(1).row == 4);
    CHECK(report->rejected.at(1).reason.contains(u"not-an-address"_s));
    CHECK(report->rejected.at(2).row == 6);
    CHECK(report->rejected.at(2).reason.contains(u"3/4/1990"_s));
    CHECK(contactCount(t.db()) == 2);
}

TEST_CASE("owners and accounts named in a row are matched by name, and names matching nothing reject the row",
          "[import]") {
    TempDatabase t;
    REQUIRE(importCsv(t.db(), ImportRecordType::Users, "name\nJane Doe\n"));
    REQUIRE(importCsv(t.db(), ImportRecordType::Accounts, "name\nAcme\n"));
    const QByteArray csv = "first_name,account,owner,external_id\n"
                           "Ann,ACME,jane doe,K1\n"
                           "Ben,Acme,Jane Roe,K2\n"
                           "Cy,Initech,,K3\n";
    auto report = importCsv(t.db(), ImportRecordType::Contacts, csv);
    REQUIRE(report);
    CHECK(report->imported == 1);
    REQUIRE(report->rejected.size() == 2);
    CHECK(report->rejected.at(0).row == 3);
    CHECK(report->rejected.at(0).reason == u"owner 'Jane Roe' does not match any user"_s);
    CHECK(report->rejected.at(1).row == 4);
    CHECK(report->rejected.at(1).reason == u"account 'Initech' does not match any account"_s);
    const Contact ann = onlyContact(t.db(), u"K1"_s);
    CHECK(ann.accountId == (*AccountRepository(t.db()).findByName(u"Acme"_s)).first().id);
    CHECK(ann.ownerId == (**UserRepository(t.db()).findByName(u"Jane Doe"_s)).id);
}

TEST_CASE("parent accounts and managers may come later in the same file", "[import]") {
    TempDatabase t;
    auto accounts = importCsv(t.db(), ImportRecordType::Accounts,
                              "name,parent\nLeaf Ltd,Branch Inc\nBranch Inc,Root Group\nRoot Group,\nOrphan,Nowhere\n");
    REQUIRE(accounts);
    CHECK(accounts->imported == 3);
    REQUIRE(accounts->rejected.size() == 1);
    CHECK(accounts->rejected.first().row == 5);
    CHECK(accounts->rejected.first().reason.contains(u"Nowhere"_s));
    const auto leaf = (*AccountRepository(t.db()).findByName(u"Leaf Ltd"_s)).first();
    const auto branch = (*AccountRepository(t.db()).findByName(u"Branch Inc"_s)).first();
    CHECK(leaf.parentId == branch.id);

    auto users = importCsv(t.db(), ImportRecordType::Users,
                           "name,role,manager\nRep One,rep,Boss\nBoss,manager,\nRep Two,chief,Boss\n");
    REQUIRE(users);
    CHECK(users->imported == 2);
    REQUIRE(users->rejected.size() == 1);
    CHECK(users->rejected.first().reason.contains(u"chief"_s));
    CHECK((**UserRepository(t.db()).findByName(u"Rep One"_s)).managerId ==
          (**UserRepository(t.db()).findByName(u"Boss"_s)).id);
}

TEST_CASE("a dry run reports exactly what a real run would do and writes nothing", "[import]") {
    TempDatabase t;
    REQUIRE(importCsv(t.db(), ImportRecordType::Contacts, "external_id,first_name\nE1,Old\n"));
    const QByteArray csv = "external_id,first_name,email\nE1,New,\nE2,Two,\nE3,Three,broken@\n";
    ImportRequest dry;
    dry.dryRun = true;
    auto preview = importCsv(t.db(), ImportRecordType::Contacts, csv, dry);
    REQUIRE(preview);
    CHECK(contactCount(t.db()) == 1);
    CHECK(onlyContact(t.db(), u"E1"_s).firstName == u"Old"_s);
    auto real = importCsv(t.db(), ImportRecordType::Contacts, csv);
    REQUIRE(real);
    CHECK(preview->imported == real->imported);
    CHECK(preview->updated == real->updated);
    CHECK(preview->rejected == real->rejected);
    CHECK(real->imported == 1);
    CHECK(real->updated == 1);
}

TEST_CASE("a cancelled import writes nothing", "[import]") {
    TempDatabase t;
    QByteArray csv = "first_name,external_id\n";
    for (int i = 0; i < 2000; ++i)
        csv += "Name" + QByteArray::number(i) + ",ID" + QByteArray::number(i) + "\n";
    int calls = 0;
    auto report = importCsv(t.db(), ImportRecordType::Contacts, csv, {}, [&](const WorkProgress& p) {
        CHECK(p.bytesRead <= p.totalBytes);
        return ++calls < 2;
    });
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Cancelled);
    CHECK(contactCount(t.db()) == 0);
}

TEST_CASE("a malformed CSV aborts the import with the reader's error and writes nothing", "[import]") {
    TempDatabase t;
    auto report = importCsv(t.db(), ImportRecordType::Accounts, "name,notes\nAcme,fine\nGlobex,\"never closed\nmore\n");
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::InvalidInput);
    CHECK(report.error().message.contains(u"Row 3"_s));
    CHECK(accountCount(t.db()) == 0);
}

TEST_CASE("an import that fills the disk fails with a disk-full error and keeps what was stored", "[import]") {
    TempDatabase t;
    REQUIRE(importCsv(t.db(), ImportRecordType::Accounts, "name,external_id\nKept One,K1\nKept Two,K2\n"));
    SqlConnection& c = t.db().connection();
    auto pages = c.scalar(u"PRAGMA page_count"_s, {}, u"test"_s);
    REQUIRE(pages);
    REQUIRE(c.execDirect(u"PRAGMA max_page_count = %1"_s.arg(pages->toInt() + 4), u"test"_s));
    QByteArray csv = "name,notes\n";
    const QByteArray notes(2000, 'x');
    for (int i = 0; i < 500; ++i)
        csv += "Account " + QByteArray::number(i) + "," + notes + "\n";
    auto report = importCsv(t.db(), ImportRecordType::Accounts, csv);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::DiskFull);
    CHECK(report.error().message.contains(u"disk is full"_s));
    t.reopen();
    CHECK(accountCount(t.db()) == 2);
    CHECK((*AccountRepository(t.db()).findByExternalId(u"K2"_s))->name == u"Kept Two"_s);
}

TEST_CASE("amounts, numbers, flags and tags are parsed from their usual spellings", "[import]") {
    TempDatabase t;
    auto report = importCsv(t.db(), ImportRecordType::Accounts,
                            "name,annual_revenue,currency,employees,tags,external_id\n"
                            "Acme,\"1,100.045\",usd,\"2,822\",big; tech,A\n"
                            "Yen,1234,JPY,5,,B\n"
                            "Bad,12abc,USD,1,,C\n");
    REQUIRE(report);
    CHECK(report->imported == 2);
    REQUIRE(report->rejected.size() == 1);
    CHECK(report->rejected.first().reason.contains(u"12abc"_s));
    const Account acme = **AccountRepository(t.db()).findByExternalId(u"A"_s);
    CHECK(acme.annualRevenue == 110005);
    CHECK(acme.currency == u"USD"_s);
    CHECK(acme.employees == 2822);
    CHECK(acme.tags == QStringList{u"big"_s, u"tech"_s});
    CHECK((*AccountRepository(t.db()).findByExternalId(u"B"_s))->annualRevenue == 1234);
}
