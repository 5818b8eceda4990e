#include "StringMakers.h"

#include "analytics/Pareto.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

QList<ParetoEntry> entries(std::initializer_list<std::pair<const char*, qint64>> values) {
    QList<ParetoEntry> list;
    for (const auto& [id, value] : values)
        list.append(ParetoEntry{QString::fromLatin1(id), value, 0});
    return list;
}

} // namespace

TEST_CASE("accounts on the Pareto curve go by value descending, equal values by account id", "[analytics][pareto]") {
    const auto curve = paretoCurve(entries({{"c", 10}, {"b", 30}, {"a", 10}, {"d", 50}}));
    REQUIRE(curve);
    QStringList order;
    for (const ParetoEntry& e : curve->entries)
        order.append(e.accountId);
    CHECK(order == QStringList{u"d"_s, u"b"_s, u"a"_s, u"c"_s});
    CHECK(curve->entries.last().cumulative == 100);
    CHECK(curve->total == 100);
    CHECK(curve->accountsForTarget == 2); // 50 + 30 = 80 %
}

TEST_CASE("reaching exactly the target share counts, just below it does not", "[analytics][pareto]") {
    CHECK(paretoCurve(entries({{"a", 80}, {"b", 10}, {"c", 10}}))->accountsForTarget == 1);
    CHECK(paretoCurve(entries({{"a", 79}, {"b", 11}, {"c", 10}}))->accountsForTarget == 2);
    CHECK(paretoCurve(entries({{"a", 25}, {"b", 25}, {"c", 25}, {"d", 25}}))->accountsForTarget == 4);
    CHECK(paretoCurve(entries({{"a", 50}, {"b", 50}}), 50)->accountsForTarget == 1);
}

TEST_CASE("without revenue no account makes the target", "[analytics][pareto]") {
    const auto empty = paretoCurve({});
    REQUIRE(empty);
    CHECK(empty->total == 0);
    CHECK(empty->accountsForTarget == 0);
    const auto zeros = paretoCurve(entries({{"a", 0}, {"b", 0}}));
    REQUIRE(zeros);
    CHECK(zeros->entries.size() == 2);
    CHECK(zeros->accountsForTarget == 0);
}

TEST_CASE("shares are hundredths of a percent, rounded half away from zero", "[analytics][pareto]") {
    CHECK(shareBasisPoints(1, 3) == 3'333);
    CHECK(shareBasisPoints(2, 3) == 6'667);
    CHECK(shareBasisPoints(1, 8) == 1'250);
    CHECK(shareBasisPoints(1, 20'000) == 1); // 0.5 -> 1
    CHECK(shareBasisPoints(5, 5) == 10'000);
    CHECK(shareBasisPoints(1, 0) == 0);
    CHECK(shareBasisPoints(std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()) == 10'000);
}
