#include "StringMakers.h"

#include "analytics/Rfm.h"

#include <catch2/catch.hpp>

#include <set>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

QList<int> scores(std::initializer_list<qint64> values) {
    return rfmQuintileScores(QList<qint64>(values));
}

} // namespace

TEST_CASE("ten different values score two to a quintile, in the order given", "[analytics][rfm]") {
    // Ascending ranks 0..9 are 1,1,2,2,3,3,4,4,5,5; the list is given out of order.
    CHECK(scores({70, 10, 100, 20, 50, 30, 90, 40, 80, 60}) == QList<int>{4, 1, 5, 1, 3, 2, 5, 2, 4, 3});
}

TEST_CASE("fewer than five values spread over the scale from its middle", "[analytics][rfm]") {
    CHECK(scores({}).isEmpty());
    CHECK(scores({42}) == QList<int>{3});
    CHECK(scores({9, 5}) == QList<int>{4, 2});
    CHECK(scores({1, 2, 3}) == QList<int>{1, 3, 5});
    CHECK(scores({4, 3, 2, 1}) == QList<int>{5, 4, 2, 1});
    CHECK(scores({1, 2, 3, 4, 5}) == QList<int>{1, 2, 3, 4, 5});
}

TEST_CASE("equal values share the score of their mid-rank", "[analytics][rfm]") {
    // Seven ones: mid-rank 3.5 of 10 -> 1 + floor(5 * 0.35) = 2; the twos: (7 + 1) / 10 -> 5; the
    // three: 9.5 / 10 -> 5.
    CHECK(scores({1, 1, 1, 1, 1, 1, 1, 2, 2, 3}) == QList<int>{2, 2, 2, 2, 2, 2, 2, 5, 5, 5});
    // All equal: the middle of the scale.
    CHECK(scores({7, 7, 7, 7, 7, 7}) == QList<int>{3, 3, 3, 3, 3, 3});
    // Two equal at the bottom of five: (0 + 1) / 5 -> 2; the others 2.5, 3.5, 4.5 of 5 -> 3, 4, 5.
    CHECK(scores({0, 0, 5, 6, 7}) == QList<int>{2, 2, 3, 4, 5});
    // Negative values (recency is scored negated) order as numbers.
    CHECK(scores({-5, -10, -181, -514, -730}) == QList<int>{5, 4, 3, 2, 1});
}

TEST_CASE("the combined frequency-monetary score is their mean, halves rounded up", "[analytics][rfm]") {
    CHECK(rfmFmScore(1, 1) == 1);
    CHECK(rfmFmScore(1, 2) == 2);
    CHECK(rfmFmScore(2, 3) == 3);
    CHECK(rfmFmScore(3, 5) == 4);
    CHECK(rfmFmScore(5, 4) == 5);
    CHECK(rfmFmScore(5, 5) == 5);
}

TEST_CASE("the rule table names a segment for every recency and frequency-monetary score", "[analytics][rfm]") {
    struct Cell {
        int r;
        int fm;
        RfmSegment segment;
    };
    const Cell cells[] = {
        {5, 1, RfmSegment::NewCustomers},
        {5, 2, RfmSegment::PotentialLoyalists},
        {5, 3, RfmSegment::PotentialLoyalists},
        {5, 4, RfmSegment::Champions},
        {5, 5, RfmSegment::Champions},
        {4, 1, RfmSegment::Promising},
        {4, 2, RfmSegment::PotentialLoyalists},
        {4, 3, RfmSegment::PotentialLoyalists},
        {4, 4, RfmSegment::Loyal},
        {4, 5, RfmSegment::Loyal},
        {3, 1, RfmSegment::AboutToSleep},
        {3, 2, RfmSegment::AboutToSleep},
        {3, 3, RfmSegment::NeedAttention},
        {3, 4, RfmSegment::Loyal},
        {3, 5, RfmSegment::Loyal},
        {2, 1, RfmSegment::Hibernating},
        {2, 2, RfmSegment::Hibernating},
        {2, 3, RfmSegment::AtRisk},
        {2, 4, RfmSegment::AtRisk},
        {2, 5, RfmSegment::CantLose},
        {1, 1, RfmSegment::Lost},
        {1, 2, RfmSegment::Lost},
        {1, 3, RfmSegment::AtRisk},
        {1, 4, RfmSegment::AtRisk},
        {1, 5, RfmSegment::CantLose},
    };
    std::set<RfmSegment> named;
    for (const Cell& c : cells) {
        INFO("R " << c.r << ", FM " << c.fm);
        CHECK(rfmSegmentFor(c.r, c.fm) == c.segment);
        named.insert(c.segment);
    }
    CHECK(qsizetype(named.size()) == allRfmSegments().size()); // every segment has at least one cell
}

TEST_CASE("segments are known by their key, also written as people write them", "[analytics][rfm]") {
    for (const RfmSegment s : allRfmSegments()) {
        RfmSegment parsed = s == RfmSegment::Lost ? RfmSegment::Champions : RfmSegment::Lost;
        CHECK(parseRfmSegment(rfmSegmentKey(s), &parsed));
        CHECK(parsed == s);
        CHECK_FALSE(rfmSegmentName(s).isEmpty());
    }
    RfmSegment s = RfmSegment::Lost;
    CHECK(rfmSegmentKey(RfmSegment::CantLose) == u"cant_lose"_s);
    CHECK(parseRfmSegment(u"Can't lose", &s));
    CHECK(s == RfmSegment::CantLose);
    CHECK(parseRfmSegment(u" at-risk ", &s));
    CHECK(s == RfmSegment::AtRisk);
    CHECK(parseRfmSegment(u"POTENTIAL LOYALISTS", &s));
    CHECK(s == RfmSegment::PotentialLoyalists);
    CHECK_FALSE(parseRfmSegment(u"vip", &s));
    CHECK_FALSE(parseRfmSegment(u"", &s));
    CHECK(s == RfmSegment::PotentialLoyalists);
}
