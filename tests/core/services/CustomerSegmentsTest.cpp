#include "StringMakers.h"
#include "TempDatabase.h"

#include "services/CustomerSegments.h"
#include "store/records/AccountRepository.h"
#include "store/records/CurrencySettings.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/WonBusinessRows.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

struct Store {
    Test::TempDatabase tmp;

    QString account(const QString& name, const QString& industry, const QString& region, const QString& country) {
        Account a;
        a.name = name;
        a.industry = industry;
        a.address.region = region;
        a.address.country = country;
        auto saved = AccountRepository(tmp.db()).save(a);
        REQUIRE(saved);
        return saved->id;
    }

    QString deal(const QString& accountId, const QString& stage, QDate close, qint64 amount, const QString& currency) {
        Opportunity o;
        o.name = u"Deal"_s;
        o.accountId = accountId;
        o.stage = stage;
        o.closeDate = close;
        o.amount = amount;
        o.currency = currency;
        if (stage == u"lost"_s)
            o.closeReason = u"Price"_s;
        auto saved = OpportunityRepository(tmp.db()).save(o);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved);
        return saved->id;
    }
};

const CustomerValue& customer(const CustomerSegmentReport& report, const QString& id) {
    for (const CustomerValue& c : report.customers)
        if (c.account.id == id)
            return c;
    FAIL("not scored: " << id.toStdString());
    return report.customers.constFirst();
}

} // namespace

TEST_CASE("won deals are live opportunities of the Closed category, with their live account", "[services][rfm]") {
    Store s;
    const QString acme = s.account(u"Acme"_s, u"Manufacturing"_s, u"Bavaria"_s, u"DE"_s);
    const QString idle = s.account(u"Idle"_s, {}, {}, {});
    const QString gone = s.account(u"Gone"_s, {}, {}, {});
    s.deal(acme, u"won"_s, QDate(2026, 5, 2), 150'000, u"EUR"_s);
    s.deal(acme, u"lost"_s, QDate(2026, 5, 3), 999'000, u"EUR"_s);     // omitted
    s.deal(acme, u"proposal"_s, QDate(2026, 9, 1), 999'000, u"EUR"_s); // still open
    REQUIRE(OpportunityRepository(s.tmp.db()).remove(s.deal(acme, u"won"_s, QDate(2026, 5, 4), 5, u"EUR"_s)));
    s.deal(idle, u"lost"_s, QDate(2026, 4, 1), 10'000, u"EUR"_s);
    s.deal(gone, u"won"_s, QDate(2026, 4, 1), 10'000, u"EUR"_s);
    REQUIRE(AccountRepository(s.tmp.db()).remove(gone));

    const auto won = WonBusinessRows::load(s.tmp.db());
    REQUIRE(won);
    CHECK(won->liveAccounts == 2);
    REQUIRE(won->accounts.size() == 1);
    CHECK(won->accounts.first().id == acme);
    CHECK(won->accounts.first().name == u"Acme"_s);
    CHECK(won->accounts.first().industry == u"Manufacturing"_s);
    CHECK(won->accounts.first().region == u"Bavaria"_s);
    CHECK(won->accounts.first().country == u"DE"_s);
    REQUIRE(won->deals.size() == 1);
    CHECK(won->deals.first().accountId == acme);
    CHECK(won->deals.first().closeDate == QDate(2026, 5, 2));
    CHECK(won->deals.first().amount == 150'000);
    CHECK(won->deals.first().currency == u"EUR"_s);
    CHECK(won->dealsWithoutAccount == 1); // the deleted account's
}

TEST_CASE("customer segments convert with the store's rates and name what has no rate", "[services][rfm]") {
    Store s;
    CurrencyRates rates(u"CNY"_s);
    rates.setRate(u"USD"_s, *ExchangeRate::parse(u"7.1234"));
    REQUIRE(CurrencySettings::save(s.tmp.db(), rates));
    const QString shanghai = s.account(u"上海远景贸易"_s, u"Retail"_s, u"上海"_s, u"CN"_s);
    const QString boston = s.account(u"Boston Labs"_s, u"Biotech"_s, u"MA"_s, u"US"_s);
    const QString tokyo = s.account(u"Tokyo Works"_s, {}, {}, u"JP"_s);
    s.account(u"No deals yet"_s, {}, {}, {});
    s.deal(shanghai, u"won"_s, QDate(2026, 6, 1), 1'000'000, u"CNY"_s);
    s.deal(boston, u"won"_s, QDate(2026, 3, 1), 33'333,
           u"USD"_s); // 333.33 USD x 7.1234 = 2,374.4429 CNY -> 237,444 fen (rounded once)
    s.deal(boston, u"won"_s, QDate(2026, 2, 1), 10'000, u"JPY"_s);
    s.deal(tokyo, u"won"_s, QDate(2025, 12, 1), 50'000, u"JPY"_s);
    s.deal(tokyo, u"won"_s, QDate(2026, 7, 1), 70'000, u"CNY"_s); // after the as-of date

    const auto report = CustomerSegments::build(s.tmp.db(), QDate(2026, 6, 30));
    REQUIRE(report);
    CHECK(report->rates == rates);
    CHECK(report->liveAccounts == 4);
    CHECK(report->customers.size() == 3);
    CHECK(report->accountsNotScored == 1);
    CHECK(report->wonDeals == 4);
    CHECK(report->dealsAfterAsOf == 1);
    CHECK(report->totalMonetary == 1'000'000 + 237'444);
    REQUIRE(report->unconverted.size() == 1);
    CHECK(report->unconverted.first().currency == u"JPY"_s);
    CHECK(report->unconverted.first().deals == 2);
    CHECK(report->unconverted.first().amount == 60'000);

    CHECK(report->customers.at(0).account.id == shanghai);
    CHECK(report->customers.at(0).account.region == u"上海"_s);
    const CustomerValue& b = customer(*report, boston);
    CHECK(b.score.frequency == 2);
    CHECK(b.score.monetary == 237'444);
    CHECK(b.score.unconverted == 1);
    CHECK(b.score.recencyDays == 121);
    const CustomerValue& t = customer(*report, tokyo);
    CHECK(t.score.frequency == 1);
    CHECK(t.score.monetary == 0);
    CHECK(t.score.r == 1);                        // the oldest purchase of three
    CHECK(report->pareto.accountsForTarget == 1); // 1,000,000 of 1,237,444 is 80.8 %
    CHECK(report->pareto.entries.size() == 3);
    int segmented = 0;
    for (const RfmSegmentTotal& total : report->segments)
        segmented += total.accounts;
    CHECK(segmented == 3);
}
