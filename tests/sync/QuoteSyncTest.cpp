#include "StringMakers.h"
#include "SyncFixture.h"
#include "store/records/AccountRepository.h"
#include "store/records/CatalogRepository.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "store/write/RecordWriter.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

QuoteLine item(const QString& quoteId, const QString& text, qint64 price) {
    QuoteLine l;
    l.quoteId = quoteId;
    l.description = text;
    l.amounts.unitPrice = price;
    return l;
}

QStringList descriptions(Database& db, const QString& quoteId) {
    QStringList list;
    const auto lines = QuoteRepository(db).lines(quoteId);
    REQUIRE(lines);
    for (const QuoteLine& l : *lines)
        list.append(l.description);
    list.sort();
    return list;
}

} // namespace

TEST_CASE("the manager's catalogue reaches every rep, and a rep's catalogue change is refused", "[sync][quotes]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    server.addUser(u"lena"_s, u"rep"_s); // in no one's team
    TestClient maria(server, u"maria"_s);
    TestClient tom(server, u"tom"_s);
    TestClient lena(server, u"lena"_s);
    synced(maria);
    synced(tom);
    synced(lena);

    CatalogRepository catalog(maria.db());
    REQUIRE(catalog.canEdit());
    Product p;
    p.sku = u"IG-500"_s;
    p.name = u"Industrial gateway"_s;
    p = *catalog.saveProduct(p);
    PriceList list;
    list.name = u"Europe"_s;
    list.currency = u"EUR"_s;
    list = *catalog.savePriceList(list);
    REQUIRE(catalog.setPrice({{}, list.id, p.id, Decimal4{}, 1999'00, {}, false}));
    synced(maria);
    synced(tom);
    synced(lena);
    for (TestClient* rep : {&tom, &lena}) {
        INFO(rep->user().toStdString());
        CatalogRepository theirs(rep->db());
        CHECK(theirs.productBySku(u"IG-500"_s)->has_value());
        CHECK(*theirs.unitPrice(list.id, p.id, Decimal4::fromInt(1)) == std::optional<qint64>(1999'00));
        // The rep's store knows the rep's role from the directory and refuses at once.
        CHECK_FALSE(theirs.canEdit());
        Product cheaper = *theirs.product(p.id);
        cheaper.name = u"Gateway (discounted)"_s;
        const auto refused = theirs.saveProduct(cheaper);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    // Written past the repository, the server still refuses it.
    REQUIRE(tom.db().transaction([&]() -> Result<void> {
        RecordWriter writer(tom.db(), RecordType::products());
        auto stored = writer.load(p.id);
        REQUIRE(stored);
        QVariantList values = (*stored)->values;
        values[RecordType::products().indexOf(u"name"_s)] = u"Free gateway"_s;
        auto saved = writer.save(p.id, values, *stored);
        REQUIRE(saved);
        return {};
    }));
    CHECK(synced(tom).rejected == 1);
    synced(maria);
    CHECK(CatalogRepository(maria.db()).product(p.id)->name == u"Industrial gateway"_s);
}

TEST_CASE("quotes made offline on two devices get different numbers, and lines added on both survive",
          "[sync][quotes]") {
    TestServer server;
    server.addUser(u"tom"_s, u"rep"_s);
    TestClient laptop(server, u"tom"_s);
    TestClient phone(server, u"tom"_s);
    synced(laptop);
    synced(phone);

    Account a;
    a.name = u"苏州智远科技有限公司"_s;
    a = *AccountRepository(laptop.db()).save(a);
    Opportunity o;
    o.name = u"年度框架协议"_s;
    o.accountId = a.id;
    o.currency = u"CNY"_s;
    o.closeDate = QDate(2027, 6, 30);
    o.stage = u"proposal"_s;
    o = *OpportunityRepository(laptop.db()).save(o);
    const Quote shared = *QuoteRepository(laptop.db()).createFromOpportunity(o.id);
    synced(laptop);
    synced(phone);

    // Offline: each device makes two quotes and adds a line to the shared draft.
    QStringList numbers;
    for (TestClient* device : {&laptop, &phone}) {
        QuoteRepository quotes(device->db());
        for (int i = 0; i < 2; ++i)
            numbers.append(quotes.createFromOpportunity(o.id)->number);
        REQUIRE(quotes.saveLine(item(shared.id, u"Line from "_s + device->path().section(u'/', -1), 100)));
    }
    CHECK(QSet<QString>(numbers.cbegin(), numbers.cend()).size() == 4);
    // Each device took its number from the server at its first sign-in and keeps it.
    const QString laptopTag = QuoteRepository(laptop.db()).deviceTag();
    const QString phoneTag = QuoteRepository(phone.db()).deviceTag();
    CHECK(QSet<QString>{laptopTag, phoneTag} == QSet<QString>{u"D1"_s, u"D2"_s});
    CHECK(numbers.first().contains(u"-"_s + laptopTag + u"-"_s));

    synced(laptop);
    synced(phone);
    synced(laptop);
    CHECK(QuoteRepository(laptop.db()).all()->size() == 5);
    CHECK(descriptions(laptop.db(), shared.id).size() == 2);
    CHECK(descriptions(laptop.db(), shared.id) == descriptions(phone.db(), shared.id));
    CHECK(laptop.records() == server.records());
    CHECK(phone.records() == server.records());
    CHECK(QuoteRepository(laptop.db()).deviceTag() == laptopTag);
}
