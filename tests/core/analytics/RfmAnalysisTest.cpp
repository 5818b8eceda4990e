#include "StringMakers.h"

#include "analytics/Pareto.h"
#include "analytics/Rfm.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

RfmPurchase deal(const char* account, QDate close, qint64 amount, const char* currency) {
    return RfmPurchase{QString::fromLatin1(account), close, amount, QString::fromLatin1(currency)};
}

CurrencyRates euroRates() {
    CurrencyRates rates(u"EUR"_s);
    rates.setRate(u"USD"_s, *ExchangeRate::parse(u"0.92"));
    return rates; // no rate for GBP
}

/// Five accounts as of 2026-06-30 (docs/rfm.md works through the same example).
QList<RfmPurchase> fiveAccounts() {
    return {
        deal("A", QDate(2026, 6, 20), 100'000, "EUR"),
        deal("A", QDate(2026, 5, 1), 50'000, "EUR"),
        deal("A", QDate(2026, 3, 1), 100'000, "USD"), // 92,000
        deal("B", QDate(2026, 6, 25), 20'000, "EUR"),
        deal("B", QDate(2026, 1, 10), 12'345, "USD"), // 11,357.4 -> 11,357
        deal("C", QDate(2025, 12, 31), 300'000, "EUR"),
        deal("C", QDate(2025, 6, 30), 10'000, "EUR"),
        deal("D", QDate(2025, 1, 15), 70'000, "GBP"), // no rate: counted, not added
        deal("D", QDate(2025, 2, 1), 5'000, "EUR"),
        deal("E", QDate(2026, 7, 15), 999'999, "EUR"), // after the as-of date
        deal("E", QDate(), 1'000, "EUR"),              // no close date
        deal("F", QDate(2024, 6, 30), 40'000, "EUR"),
    };
}

const RfmScore& scoreOf(const RfmAnalysis& analysis, const char* account) {
    for (const RfmScore& s : analysis.accounts)
        if (s.accountId == QLatin1String(account))
            return s;
    FAIL("no score for " << account);
    return analysis.accounts.constFirst();
}

} // namespace

TEST_CASE("recency, frequency and monetary value are each account's won deals up to the as-of date",
          "[analytics][rfm]") {
    const auto analysis = analyseRfm(fiveAccounts(), QDate(2026, 6, 30), euroRates());
    REQUIRE(analysis);
    CHECK(analysis->reportingCurrency == u"EUR"_s);
    REQUIRE(analysis->accounts.size() == 5); // E has nothing up to the as-of date: not scored
    QStringList order;
    for (const RfmScore& s : analysis->accounts)
        order.append(s.accountId);
    CHECK(order == QStringList{u"C"_s, u"A"_s, u"F"_s, u"B"_s, u"D"_s}); // monetary descending

    const RfmScore& a = scoreOf(*analysis, "A");
    CHECK(a.lastPurchase == QDate(2026, 6, 20));
    CHECK(a.recencyDays == 10);
    CHECK(a.frequency == 3);
    CHECK(a.monetary == 242'000);
    CHECK(scoreOf(*analysis, "B").recencyDays == 5);
    CHECK(scoreOf(*analysis, "B").monetary == 31'357);
    CHECK(scoreOf(*analysis, "C").recencyDays == 181);
    CHECK(scoreOf(*analysis, "C").monetary == 310'000);
    const RfmScore& d = scoreOf(*analysis, "D");
    CHECK(d.recencyDays == 514);
    CHECK(d.frequency == 2);
    CHECK(d.monetary == 5'000);
    CHECK(d.unconverted == 1);
    CHECK(scoreOf(*analysis, "F").recencyDays == 730);

    CHECK(analysis->totalMonetary == 628'357);
    CHECK(analysis->purchases == 10);
    CHECK(analysis->purchasesAfterAsOf == 1);
    CHECK(analysis->purchasesUndated == 1);
    REQUIRE(analysis->unconverted.size() == 1);
    CHECK(analysis->unconverted.first().currency == u"GBP"_s);
    CHECK(analysis->unconverted.first().deals == 1);
    CHECK(analysis->unconverted.first().amount == 70'000);
}

TEST_CASE("each account gets its R, F and M scores and the segment of the rule table", "[analytics][rfm]") {
    const auto analysis = analyseRfm(fiveAccounts(), QDate(2026, 6, 30), euroRates());
    REQUIRE(analysis);
    struct Expected {
        const char* account;
        int r;
        int f;
        int m;
        RfmSegment segment;
    };
    // R: recency 730, 514, 181, 10, 5 -> 1..5. F: 1 (F) -> 1; 2 (B, C, D) mid-rank 2.5 of 5 -> 3;
    // 3 (A) -> 5. M: 5,000 < 31,357 < 40,000 < 242,000 < 310,000 -> 1..5. FM = mean, halves up.
    const Expected expected[] = {
        {"A", 4, 5, 4, RfmSegment::Loyal},              // FM 5
        {"B", 5, 3, 2, RfmSegment::PotentialLoyalists}, // FM 3
        {"C", 3, 3, 5, RfmSegment::Loyal},              // FM 4
        {"D", 2, 3, 1, RfmSegment::Hibernating},        // FM 2
        {"F", 1, 1, 3, RfmSegment::Lost},               // FM 2
    };
    for (const Expected& e : expected) {
        INFO(e.account);
        const RfmScore& s = scoreOf(*analysis, e.account);
        CHECK(s.r == e.r);
        CHECK(s.f == e.f);
        CHECK(s.m == e.m);
        CHECK(s.segment == e.segment);
    }

    const QList<RfmSegmentTotal> totals = rfmSegmentTotals(analysis->accounts);
    REQUIRE(totals.size() == allRfmSegments().size());
    for (const RfmSegmentTotal& t : totals) {
        INFO(rfmSegmentKey(t.segment).toStdString());
        switch (t.segment) {
        case RfmSegment::Loyal:
            CHECK((t.accounts == 2 && t.monetary == 552'000));
            break;
        case RfmSegment::PotentialLoyalists:
            CHECK((t.accounts == 1 && t.monetary == 31'357));
            break;
        case RfmSegment::Hibernating:
            CHECK((t.accounts == 1 && t.monetary == 5'000));
            break;
        case RfmSegment::Lost:
            CHECK((t.accounts == 1 && t.monetary == 40'000));
            break;
        default:
            CHECK((t.accounts == 0 && t.monetary == 0));
        }
    }
}

TEST_CASE("an earlier as-of date leaves out what closed after it", "[analytics][rfm]") {
    const auto analysis = analyseRfm(fiveAccounts(), QDate(2025, 12, 31), euroRates());
    REQUIRE(analysis);
    // A and B bought only in 2026: only C, D and F are scored.
    CHECK(analysis->accounts.size() == 3);
    CHECK(analysis->purchases == 5);
    CHECK(analysis->purchasesAfterAsOf == 6);
    CHECK(scoreOf(*analysis, "C").recencyDays == 0);
    CHECK(scoreOf(*analysis, "C").r == 5);
}

TEST_CASE("a single account with won business scores in the middle of the scale", "[analytics][rfm]") {
    const auto analysis = analyseRfm({deal("A", QDate(2026, 6, 1), 1'000, "EUR")}, QDate(2026, 6, 30), euroRates());
    REQUIRE(analysis);
    REQUIRE(analysis->accounts.size() == 1);
    const RfmScore& a = analysis->accounts.first();
    CHECK((a.r == 3 && a.f == 3 && a.m == 3));
    CHECK(a.segment == RfmSegment::NeedAttention);
}

TEST_CASE("amounts that do not fit together are refused, not wrapped", "[analytics][rfm]") {
    const qint64 big = std::numeric_limits<qint64>::max() / 2 + 1;
    const auto analysis =
        analyseRfm({deal("A", QDate(2026, 6, 1), big, "EUR"), deal("A", QDate(2026, 6, 2), big, "EUR")},
                   QDate(2026, 6, 30), euroRates());
    REQUIRE_FALSE(analysis);
    CHECK(analysis.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("the Pareto view counts the fewest top accounts that make 80 percent of revenue", "[analytics][pareto]") {
    const auto analysis = analyseRfm(fiveAccounts(), QDate(2026, 6, 30), euroRates());
    REQUIRE(analysis);
    QList<ParetoEntry> entries;
    for (const RfmScore& s : analysis->accounts)
        entries.append(ParetoEntry{s.accountId, s.monetary, 0});
    const auto curve = paretoCurve(entries);
    REQUIRE(curve);
    CHECK(curve->total == 628'357);
    // Running totals 310,000, 552,000, ...: 80 % is 502,685.6, reached by the second account.
    QList<qint64> cumulative;
    for (const ParetoEntry& e : curve->entries)
        cumulative.append(e.cumulative);
    CHECK(cumulative == QList<qint64>{310'000, 552'000, 592'000, 623'357, 628'357});
    CHECK(curve->accountsForTarget == 2);
    CHECK(shareBasisPoints(curve->accountsForTarget, 5) == 4'000);
    CHECK(shareBasisPoints(552'000, 628'357) == 8'785); // 87.848 %
}
