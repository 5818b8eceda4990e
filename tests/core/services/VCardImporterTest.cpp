#include "ServiceTestHelpers.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "io/VCardReader.h"
#include "services/VCardImporter.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

Result<ImportReport> importVCard(Database& db, const QByteArray& data, bool dryRun = false) {
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return VCardImporter::run(db, VCardImportRequest{&buffer, {}, dryRun});
}

const QByteArray kCards =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-1\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\n"
    "ORG:Analytical Engines\r\nEMAIL;TYPE=work:ada@example.com\r\nTEL;TYPE=cell:+44 7700 900000\r\n"
    "NOTE:Folded note that is long enough to need more than one physical line in the \r\n"
    " file\\, with an escaped comma\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:card-2\r\nFN:张伟\r\nN:张;伟;;;\r\nORG:analytical engines\r\n"
    "END:VCARD\r\n";

} // namespace

TEST_CASE("vCard contacts go through the store and come back out unchanged", "[vcard]") {
    TempDatabase t;
    auto report = importVCard(t.db(), kCards);
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(report->rejected.isEmpty());
    CHECK(*AccountRepository(t.db()).count() == 1); // ORG matched by name, ignoring case

    const auto ada = **ContactRepository(t.db()).findByExternalId(u"card-1"_s);
    CHECK(ada.notes.endsWith(u"physical line in the file, with an escaped comma"_s));
    REQUIRE(ada.phones.size() == 1);
    CHECK(ada.phones.first().type == u"mobile"_s);

    for (auto format : {ExportFormat::VCard3, ExportFormat::VCard4}) {
        const QByteArray exported = exportText(t.db(), ExportRecordType::Contacts, format);
        auto parsed = VCardReader::parse(exported);
        REQUIRE(parsed);
        REQUIRE(parsed->entries.size() == 2);
        TempDatabase copy;
        auto again = importVCard(copy.db(), exported);
        REQUIRE(again);
        CHECK(again->imported == 2);
        const auto copied = **ContactRepository(copy.db()).findByExternalId(u"card-1"_s);
        CHECK(copied.firstName == ada.firstName);
        CHECK(copied.lastName == ada.lastName);
        CHECK(copied.emails == ada.emails);
        CHECK(copied.phones == ada.phones);
        CHECK(copied.notes == ada.notes);
        CHECK(exportText(copy.db(), ExportRecordType::Contacts, format) == exported);
    }
}

TEST_CASE("re-importing a vCard file updates the contacts it created", "[vcard]") {
    TempDatabase t;
    REQUIRE(importVCard(t.db(), kCards));
    QByteArray changed = kCards;
    changed.replace("ada@example.com", "ada@engines.example");
    auto again = importVCard(t.db(), changed);
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->updated == 2);
    CHECK(*ContactRepository(t.db()).count() == 2);
    const auto ada = **ContactRepository(t.db()).findByExternalId(u"card-1"_s);
    CHECK(ada.emails.first().value == u"ada@engines.example"_s);
}

TEST_CASE("a truncated vCard file imports the complete cards and rejects the broken one by line", "[vcard]") {
    TempDatabase t;
    const QByteArray data = kCards + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n";
    auto report = importVCard(t.db(), data);
    REQUIRE(report);
    CHECK(report->imported == 2);
    REQUIRE(report->rejected.size() == 1);
    CHECK(report->rejected.first().row == 19);
}

TEST_CASE("a vCard dry run writes nothing", "[vcard]") {
    TempDatabase t;
    auto report = importVCard(t.db(), kCards, true);
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(*ContactRepository(t.db()).count() == 0);
    CHECK(*AccountRepository(t.db()).count() == 0);
}
