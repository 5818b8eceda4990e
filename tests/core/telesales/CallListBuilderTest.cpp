#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/CallListBuilder.h"
#include "store/records/AccountRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/LeadRepository.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Book {
    Test::TempDatabase tmp;
    QString machinery;
    QString software;
    CallList list;

    Book() {
        machinery = account(u"Maschinenbau Nord"_s, u"Industrial Machinery"_s);
        software = account(u"Code GmbH"_s, u"Software"_s);
        list.name = u"Machinery spring"_s;
        list = CallListRepository(tmp.db()).save(list).value();
    }
    QString account(const QString& name, const QString& industry) {
        Account a;
        a.name = name;
        a.industry = industry;
        return AccountRepository(tmp.db()).save(a).value().id;
    }
    void contact(const QString& first, const QString& last, const QString& accountId, const QString& phone,
                 bool doNotCall = false) {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.accountId = accountId;
        if (!phone.isEmpty())
            c.phones = {{u"work"_s, phone}};
        c.doNotCall = doNotCall;
        REQUIRE(ContactRepository(tmp.db()).save(c));
    }
    QStringList listed() {
        QStringList out;
        const auto entries = CallListRepository(tmp.db()).entries(list.id);
        REQUIRE(entries);
        for (const CallListEntry& e : *entries)
            out.append(e.name + u' ' + e.phone);
        return out;
    }
};

} // namespace

TEST_CASE("a list built from a filter leaves out who asked not to be called and merges numbers",
          "[services][telesales]") {
    Book book;
    book.contact(u"Jana"_s, u"Novak"_s, book.machinery, u"030 1234567"_s);
    book.contact(u"Jan"_s, u"Novak"_s, book.machinery, u"+49 (30) 123 45 67"_s); // the same number
    book.contact(u"Olaf"_s, u"Berg"_s, book.machinery, u"030 7654321"_s, true);  // asked not to be called
    book.contact(u"Uwe"_s, u"Kim"_s, book.software, u"030 7654321"_s);           // Olaf's number, elsewhere
    book.contact(u"Pia"_s, u"Roth"_s, book.machinery, u"0171 2345678"_s);
    book.contact(u"Emil"_s, u"Lang"_s, book.machinery, {});             // no number
    book.contact(u"Ida"_s, u"Fox"_s, book.machinery, u"030 7654321"_s); // Olaf's number too
    book.contact(u"Max"_s, u"Weber"_s, book.software, u"040 555666"_s);

    CallListFilter machinery;
    machinery.industry = u"Industrial Machinery"_s;
    CallListBuilder builder(book.tmp.db(), u"DE"_s);
    const auto report = builder.fromStore(book.list.id, CallListSource::Contacts, machinery);
    REQUIRE(report);
    CHECK(report->added == 2);
    CHECK(report->duplicates == 1);
    CHECK(report->doNotCall == 2); // Olaf himself, and Ida on his number
    CHECK(report->noNumber == 1);
    CHECK(book.listed() == QStringList{u"Jana Novak +49301234567"_s, u"Pia Roth +491712345678"_s});

    // Built again: every number is on the list already.
    const auto again = builder.fromStore(book.list.id, CallListSource::Contacts, machinery);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->duplicates == 3); // Jana, Jan on her number, Pia
}

TEST_CASE("a list from a CSV file calls the people the store knows by number and adds the others as leads",
          "[services][telesales]") {
    Book book;
    book.contact(u"Jana"_s, u"Novak"_s, book.machinery, u"+49 30 1234567"_s);
    book.contact(u"Olaf"_s, u"Berg"_s, book.machinery, u"030 7654321"_s, true);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"numbers.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Name,Company,Phone\n"
               "J. Novak,Maschinenbau Nord,030/123 45 67\n"
               "王芳,上海贸易有限公司,+86 138 0013 8000\n"
               "Olaf Berg,,+49 30 7654321\n"
               "Nobody,,call me\n"
               "Wang Fang again,,0086 13800138000\n");
    file.close();

    const auto report = CallListBuilder(book.tmp.db(), u"DE"_s).fromCsv(book.list.id, path);
    REQUIRE(report);
    CHECK(report->added == 2);
    CHECK(report->newLeads == 1);
    CHECK(report->doNotCall == 1);
    CHECK(report->duplicates == 1);
    CHECK(report->problems == QStringList{u"Row 5: 'call me' is not a phone number."_s});
    CHECK(book.listed() == QStringList{u"Jana Novak +49301234567"_s, u"王芳 +8613800138000"_s});
    const auto entries = CallListRepository(book.tmp.db()).entries(book.list.id).value();
    const auto lead = LeadRepository(book.tmp.db()).get(entries.at(1).leadId);
    REQUIRE(lead);
    CHECK(lead->company == u"上海贸易有限公司"_s);
    CHECK(lead->lastName == u"王"_s);

    QFile none(dir.filePath(u"none.csv"_s));
    REQUIRE(none.open(QIODevice::WriteOnly));
    none.write("Name,Email\nA,a@example.com\n");
    none.close();
    const auto refused = CallListBuilder(book.tmp.db(), u"DE"_s).fromCsv(book.list.id, none.fileName());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"no phone column"_s));
}

TEST_CASE("numbers are called in E.164 whichever way they were written", "[services][telesales]") {
    const std::pair<QString, QString> cases[] = {
        {u"+49 30 1234567"_s, u"+49301234567"_s},    // international, as the app stores it
        {u"030 1234567"_s, u"+49301234567"_s},       // local, read in Germany
        {u"+49 (0)30 1234567"_s, u"+49301234567"_s}, // the trunk prefix written in
        {u"+86 138-0013-8000"_s, u"+8613800138000"_s},
        {u"0086 13800138000"_s, u"+8613800138000"_s}, // the international prefix dialled from here
        {u"+49 30 1234567 x12"_s, u"+49301234567"_s}, // an extension is dialled by hand
        {u"+0 123 45678"_s, u""_s},                   // no country code starts with 0
        {u"call me"_s, u""_s},
        {u""_s, u""_s},
    };
    for (const auto& [written, expected] : cases) {
        INFO(written.toStdString());
        CHECK(CallListBuilder::e164(written, u"DE"_s) == expected);
    }
}

TEST_CASE("a caller's number finds the contact however it is written", "[store][telesales]") {
    Book book;
    book.contact(u"Fang"_s, u"王"_s, book.machinery, u"+86 138 0013 8000"_s);
    const CallListCandidates candidates(book.tmp.db());
    for (const QString& written :
         {u"13800138000"_s, u"0086 138 0013 8000"_s, u"+8613800138000"_s, u"138-0013-8000"_s, u"(138) 0013 8000"_s}) {
        INFO(written.toStdString());
        const auto found = candidates.byNumber(written);
        REQUIRE(found);
        CHECK(found->name == u"王Fang"_s);
        CHECK(found->accountId == book.machinery);
    }
    CHECK(candidates.byNumber(u"+49 30 999999"_s)->contactId.isEmpty());
}
