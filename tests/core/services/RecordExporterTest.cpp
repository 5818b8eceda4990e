#include "ServiceTestHelpers.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

void addSampleRecords(Database& db) {
    Account parent;
    parent.name = u"Acme Holding"_s;
    parent.externalId = u"ACC-1"_s;
    parent = *AccountRepository(db).save(parent);
    Account acme;
    acme.name = u"Acme, Inc."_s;
    acme.industry = u"Technology"_s;
    acme.website = u"https://acme.example"_s;
    acme.phones = {{u"work"_s, u"+1 555 0100"_s}};
    acme.address = {u"1 Main St\nSuite 2"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"United States"_s};
    acme.annualRevenue = 110004;
    acme.employees = 2822;
    acme.parentId = parent.id;
    acme.tags = {u"key"_s, u"tech"_s};
    acme.notes = u"Says \"hi\", often"_s;
    acme = *AccountRepository(db).save(acme);
    Contact wei;
    wei.firstName = u"伟"_s;
    wei.lastName = u"张"_s;
    wei.title = u"采购经理"_s;
    wei.accountId = acme.id;
    wei.emails = {{u"work"_s, u"zhang.wei@example.cn"_s}};
    wei.phones = {{u"work"_s, u"+86 10 1234 5678"_s}, {u"mobile"_s, u"+86 138 0000 0000"_s}};
    wei.birthday = QDate(1985, 4, 12);
    wei.tags = {u"vip"_s};
    wei.notes = u"Line one\nLine two"_s;
    wei.doNotCall = true;
    wei.externalId = u"CON-1"_s;
    REQUIRE(ContactRepository(db).save(wei));
    Contact ann;
    ann.firstName = u"Ann"_s;
    ann.lastName = u"Ames"_s;
    ann.emails = {{u"work"_s, u"ann@example.com"_s}};
    REQUIRE(ContactRepository(db).save(ann));
}

} // namespace

TEST_CASE("a CSV export re-imports into an empty store and exports the same text again", "[export]") {
    TempDatabase original;
    addSampleRecords(original.db());
    const QByteArray accounts = exportText(original.db(), ExportRecordType::Accounts, ExportFormat::Csv);
    const QByteArray contacts = exportText(original.db(), ExportRecordType::Contacts, ExportFormat::Csv);
    REQUIRE(accounts.startsWith("name,industry,website,phone,external_id,owner,"));
    REQUIRE(contacts.startsWith("first_name,last_name,email,phone,title,account,external_id,owner,"));

    TempDatabase copy;
    auto importedAccounts = importCsv(copy.db(), ImportRecordType::Accounts, accounts);
    REQUIRE(importedAccounts);
    CHECK(importedAccounts->imported == 2);
    CHECK(importedAccounts->rejected.isEmpty());
    auto importedContacts = importCsv(copy.db(), ImportRecordType::Contacts, contacts);
    REQUIRE(importedContacts);
    CHECK(importedContacts->imported == 2);
    CHECK(importedContacts->rejected.isEmpty());

    CHECK(exportText(copy.db(), ExportRecordType::Accounts, ExportFormat::Csv) == accounts);
    CHECK(exportText(copy.db(), ExportRecordType::Contacts, ExportFormat::Csv) == contacts);

    SECTION("and importing the same export again only updates") {
        auto again = importCsv(copy.db(), ImportRecordType::Contacts, contacts);
        REQUIRE(again);
        CHECK(again->imported == 0);
        CHECK(again->updated == 2);
    }
}

TEST_CASE("a JSON export lists every contact with its account and owner by name", "[export]") {
    TempDatabase t;
    addSampleRecords(t.db());
    const QByteArray json = exportText(t.db(), ExportRecordType::Contacts, ExportFormat::Json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray array = document.array();
    REQUIRE(array.size() == 2);
    const QJsonObject wei = array.at(0).toObject();
    CHECK(wei.value(u"account"_s).toString() == u"Acme, Inc."_s);
    CHECK(wei.value(u"do_not_call"_s).toBool());
    CHECK(wei.value(u"phones"_s).toArray().size() == 2);
    CHECK(wei.value(u"birthday"_s).toString() == u"1985-04-12"_s);
    CHECK_FALSE(wei.value(u"owner"_s).toString().isEmpty());

    const QByteArray empty = exportText(TempDatabase().db(), ExportRecordType::Accounts, ExportFormat::Json);
    CHECK(QJsonDocument::fromJson(empty).isArray());
}

TEST_CASE("an export of more records than one page writes each record once", "[export]") {
    TempDatabase t;
    QByteArray csv = "first_name,external_id\n";
    const int count = RecordExporter::kPageSize * 2 + 17;
    for (int i = 0; i < count; ++i)
        csv += "Person" + QByteArray::number(i) + ",P" + QByteArray::number(i) + "\n";
    REQUIRE(importCsv(t.db(), ImportRecordType::Contacts, csv));
    const QByteArray exported = exportText(t.db(), ExportRecordType::Contacts, ExportFormat::Csv);
    CHECK(exported.count("\r\n") == count + 1);
    CHECK(exported.contains(",P0,"));
    CHECK(exported.contains(QByteArray(",P" + QByteArray::number(count - 1) + ",")));
}
