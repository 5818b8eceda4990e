#include "StringMakers.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "protocol/RecordType.h"
#include "search/SearchService.h"
#include "common/SearchText.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QStringList titles(const Result<QList<SearchHit>>& hits) {
    REQUIRE(hits.has_value());
    QStringList out;
    for (const auto& h : *hits)
        out.append(h.title);
    return out;
}

struct Fixture {
    Test::TempDatabase tmp;
    QString acmeId;
    QString gatewayId;
    QString moonshotId;
    QString huaxinDealId;
    Quote quote;

    Fixture() {
        // 2026-12-02 12:00 UTC: quotes made now are numbered Q-2026-… and valid until 2027-01-01.
        Clock::setSource([] { return qint64(1'796'212'800'000); });
        AccountRepository accounts(tmp.db());
        Account acme;
        acme.name = u"Acme Rockets"_s;
        acme.currency = u"USD"_s;
        acmeId = accounts.save(acme)->id;
        Account huaxin;
        huaxin.name = u"上海华信科技有限公司"_s;
        const QString huaxinId = accounts.save(huaxin)->id;

        gatewayId = add(u"Acme – Gateway rollout"_s, acmeId, 1'250'000, u"USD"_s, u"proposal"_s);
        moonshotId = add(u"Moonshot 2027"_s, acmeId, 99'000'00, u"USD"_s, u"negotiation"_s);
        add(u"Sensor retrofit"_s, acmeId, 5'000'00, u"USD"_s, u"prospecting"_s);
        huaxinDealId = add(u"华信 年度框架协议"_s, huaxinId, 700'000'00, u"CNY"_s, u"qualification"_s);

        QuoteRepository quotes(tmp.db());
        quote = *quotes.createFromOpportunity(gatewayId);
        QuoteLine line;
        line.quoteId = quote.id;
        line.description = u"Industrial gateway"_s;
        line.amounts.quantity = Decimal4::fromInt(2);
        line.amounts.unitPrice = 1'000'00;
        REQUIRE(quotes.saveLine(line));
    }
    ~Fixture() { Clock::setSource({}); }

    QString add(const QString& name, const QString& accountId, qint64 amount, const QString& currency,
                const QString& stage) {
        Opportunity o;
        o.name = name;
        o.accountId = accountId;
        o.amount = amount;
        o.currency = currency;
        o.stage = stage;
        o.closeDate = QDate(2027, 3, 31);
        auto saved = OpportunityRepository(tmp.db()).save(o);
        REQUIRE(saved);
        return saved->id;
    }
};

} // namespace

TEST_CASE("opportunities are found by any part of their name, with account, stage and amount", "[search]") {
    Fixture f;
    SearchService search(f.tmp.db());
    auto hits = search.search(u"gatew"_s, 20, RecordType::opportunities());
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).table == u"opportunities"_s);
    CHECK(hits->at(0).id == f.gatewayId);
    CHECK(hits->at(0).title == u"Acme – Gateway rollout"_s);
    CHECK(hits->at(0).nameMatched);
    CHECK(hits->at(0).subtitle.startsWith(u"Acme Rockets · Proposal · "_s));
    CHECK(hits->at(0).subtitle.endsWith(u" USD"_s));
    CHECK(hits->at(0).subtitle.contains(u"12"_s));

    CHECK(titles(search.search(u"llout"_s, 20, RecordType::opportunities())) ==
          QStringList{u"Acme – Gateway rollout"_s}); // inside a word too
    CHECK(titles(search.search(u"MOON"_s, 20, RecordType::opportunities())) == QStringList{u"Moonshot 2027"_s});
    CHECK(titles(search.search(u"年度"_s, 20, RecordType::opportunities())) == QStringList{u"华信 年度框架协议"_s});
    CHECK(titles(search.search(u"框架协议 华信"_s, 20, RecordType::opportunities())) ==
          QStringList{u"华信 年度框架协议"_s});
    CHECK(titles(search.search(u"moon zzz"_s, 20, RecordType::opportunities())).isEmpty());
}

TEST_CASE("opportunities are found by their account's name, after the name matches", "[search]") {
    Fixture f;
    SearchService search(f.tmp.db());
    // "acme" is in one opportunity's name and the account of all three.
    auto hits = search.search(u"acme"_s, 20, RecordType::opportunities());
    REQUIRE(hits);
    REQUIRE(hits->size() == 3);
    CHECK(hits->at(0).title == u"Acme – Gateway rollout"_s);
    CHECK(hits->at(0).nameMatched);
    CHECK_FALSE(hits->at(1).nameMatched);
    CHECK_FALSE(hits->at(2).nameMatched);
    // One word in the account's name, another in the opportunity's.
    CHECK(titles(search.search(u"acme moon"_s, 20, RecordType::opportunities())) == QStringList{u"Moonshot 2027"_s});
    CHECK(titles(search.search(u"上海华信"_s, 20, RecordType::opportunities())) == QStringList{u"华信 年度框架协议"_s});

    // Everything at once: the account, then the names, then what matched through the account.
    auto all = search.search(u"acme"_s);
    REQUIRE(all);
    REQUIRE(all->size() >= 5);
    CHECK(all->at(0).table == u"accounts"_s);
    QStringList tables;
    for (const SearchHit& hit : *all)
        tables.append(hit.table);
    CHECK(tables.count(u"opportunities"_s) == 3);
    CHECK(tables.count(u"quotes"_s) == 1);

    REQUIRE(OpportunityRepository(f.tmp.db()).remove(f.moonshotId));
    CHECK(titles(search.search(u"moon"_s, 20, RecordType::opportunities())).isEmpty());
}

TEST_CASE("quotes are found by their number or part of it and by title, latest revision only", "[search]") {
    Fixture f;
    SearchService search(f.tmp.db());
    REQUIRE(f.quote.number.startsWith(u"Q-2026-"_s));
    REQUIRE(f.quote.number.endsWith(u"-0001"_s));
    for (const QString& typed : {f.quote.number, u"0001"_s, u"-0001"_s, f.quote.number.mid(2, 6), u"gateway"_s}) {
        INFO(typed.toStdString());
        auto hits = search.search(typed, 20, RecordType::quotes());
        REQUIRE(hits);
        REQUIRE(hits->size() == 1);
        CHECK(hits->at(0).table == u"quotes"_s);
        CHECK(hits->at(0).id == f.quote.id);
        CHECK(hits->at(0).title == f.quote.number + u" · Acme – Gateway rollout"_s);
        CHECK(hits->at(0).subtitle.startsWith(u"Acme Rockets · Draft · "_s));
        CHECK(hits->at(0).subtitle.contains(u"2,000.00 USD"_s));
    }
    CHECK(titles(search.search(u"0002"_s, 20, RecordType::quotes())).isEmpty());
    // Through the account's name, as a match of the second rank.
    auto byAccount = search.search(u"rockets"_s, 20, RecordType::quotes());
    REQUIRE(byAccount);
    REQUIRE(byAccount->size() == 1);
    CHECK_FALSE(byAccount->at(0).nameMatched);

    QuoteLifecycle lifecycle(f.tmp.db());
    REQUIRE(lifecycle.send(f.quote.id, QDate(2026, 12, 2)));
    auto revision = lifecycle.revise(f.quote.id);
    REQUIRE(revision);
    auto hits = search.search(u"0001"_s, 20, RecordType::quotes());
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).id == revision->id);
    CHECK(hits->at(0).title.startsWith(f.quote.number + u"-R2"_s));
}

TEST_CASE("LIKE wildcards typed into the search are plain characters", "[search]") {
    Fixture f;
    SearchService search(f.tmp.db());
    CHECK(SearchText::likePatterns(u"  r_t, 100% "_s) == QStringList{u"%r\\_t%"_s, u"%100%"_s});
    CHECK(SearchText::likePatterns(u"Q-2026-D1-0007"_s) == QStringList{u"%Q-2026-D1-0007%"_s});
    CHECK(SearchText::likePatterns(u" -- … "_s).isEmpty());
    CHECK(SearchText::likePattern(u"r_t 100% a\\b"_s) == u"%r\\_t 100\\% a\\\\b%"_s);  // one pattern, spaces kept
    CHECK(titles(search.search(u"r_t"_s, 20, RecordType::opportunities())).isEmpty()); // not "ret"
    CHECK(titles(search.search(u"ro%ts"_s, 20, RecordType::opportunities())).isEmpty());
    for (const auto& input : {u"%"_s, u"_"_s, u"\\"_s, u"'"_s, u"\"ada"_s})
        CHECK(search.search(input).has_value());
}
