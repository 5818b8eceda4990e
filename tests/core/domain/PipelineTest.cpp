#include "StringMakers.h"
#include "domain/Pipeline.h"

#include <catch2/catch.hpp>

#include <functional>
#include <limits>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("the standard pipeline has the stages, probabilities and closing stages of the design",
          "[domain][pipeline]") {
    const Pipeline p = Pipeline::standard();
    REQUIRE(p.validate());
    QStringList keys;
    QList<int> probabilities;
    for (const PipelineStage& s : p.stages) {
        keys.append(s.key);
        probabilities.append(s.probability);
    }
    CHECK(keys ==
          QStringList{u"prospecting"_s, u"qualification"_s, u"proposal"_s, u"negotiation"_s, u"won"_s, u"lost"_s});
    CHECK(probabilities == QList<int>{10, 25, 50, 75, 100, 0});
    CHECK(p.won().key == u"won"_s);
    CHECK(p.lost().key == u"lost"_s);
    CHECK(p.indexOf(u"proposal"_s) == 2);
    CHECK(p.indexOf(u"nowhere"_s) == -1);
    CHECK(p.stage(u"negotiation"_s)->category == ForecastCategory::Commit);
    CHECK(p.stage(u"nowhere"_s) == nullptr);
}

TEST_CASE("a weighted amount is amount times probability, halves rounded away from zero", "[domain][pipeline]") {
    struct Row {
        qint64 amount;
        int probability;
        qint64 expected;
    };
    const Row rows[] = {{1000, 25, 250},
                        {999, 50, 500},
                        {-999, 50, -500},
                        {1, 50, 1},
                        {3, 10, 0},
                        {0, 75, 0},
                        {12345, 0, 0},
                        {12345, 100, 12345},
                        {std::numeric_limits<qint64>::max(), 100, std::numeric_limits<qint64>::max()}};
    for (const Row& r : rows) {
        INFO(r.amount << " at " << r.probability << " %");
        CHECK(weightedAmount(r.amount, r.probability) == r.expected);
    }
}

TEST_CASE("a pipeline that breaks a rule is refused with the stage named", "[domain][pipeline]") {
    struct Row {
        const char* what;
        std::function<void(Pipeline&)> change;
        const char16_t* says;
    };
    const Row rows[] = {
        {"no name", [](Pipeline& p) { p.name.clear(); }, u"needs a name"},
        {"a stage without a name", [](Pipeline& p) { p.stages[1].name = u" "_s; }, u"needs a name"},
        {"two stages with one key", [](Pipeline& p) { p.stages[1].key = p.stages[0].key; }, u"two stages"},
        {"two stages with one name", [](Pipeline& p) { p.stages[1].name = p.stages[0].name.toUpper(); }, u"two stages"},
        {"probability above 100", [](Pipeline& p) { p.stages[0].probability = 101; }, u"Prospecting"},
        {"negative probability", [](Pipeline& p) { p.stages[0].probability = -1; }, u"between 0 and 100"},
        {"an open stage after Won", [](Pipeline& p) { p.stages.move(0, 4); }, u"must come before"},
        {"an open stage forecast as Closed", [](Pipeline& p) { p.stages[2].category = ForecastCategory::Closed; },
         u"Proposal"},
        {"Won below 100 %", [](Pipeline& p) { p.stages[4].probability = 90; }, u"100 %"},
        {"Lost above 0 %", [](Pipeline& p) { p.stages[5].probability = 5; }, u"0 %"},
        {"Lost forecast as Commit", [](Pipeline& p) { p.stages[5].category = ForecastCategory::Commit; }, u"Omitted"},
        {"no Lost stage", [](Pipeline& p) { p.stages.removeLast(); }, u"exactly one Won and one Lost"},
        {"no open stage", [](Pipeline& p) { p.stages.remove(0, 4); }, u"at least one open stage"},
    };
    for (const Row& r : rows) {
        INFO(r.what);
        Pipeline p = Pipeline::standard();
        r.change(p);
        auto ok = p.validate();
        REQUIRE_FALSE(ok);
        CHECK(ok.error().code == ErrorCode::InvalidInput);
        CHECK(ok.error().message.contains(QString::fromUtf16(r.says)));
    }
}

TEST_CASE("forecast categories have names for people", "[domain][pipeline]") {
    CHECK(forecastCategoryName(ForecastCategory::BestCase) == u"Best case"_s);
    CHECK(forecastCategoryName(ForecastCategory::Omitted) == u"Omitted"_s);
}
