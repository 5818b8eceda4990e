#include "MarkingTranslator.h"
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

TEST_CASE("pipeline stages survive a round trip through their stored JSON", "[domain][pipeline]") {
    Pipeline p = Pipeline::standard();
    p.stages[2].name = u"报价 \"Proposal\""_s;
    p.stages[2].probability = 40;
    p.stages[2].category = ForecastCategory::Commit;
    const QString json = stagesToJson(p.stages);
    CHECK(json.contains(u"\"category\":\"commit\""_s));
    CHECK(json.contains(u"\"outcome\":\"won\""_s));
    CHECK(stagesFromJson(json) == p.stages);
    CHECK(stagesFromJson(stagesToJson({})).isEmpty());
}

TEST_CASE("stored stages are read tolerantly, and what a newer release added is kept", "[domain][pipeline]") {
    const QString newer =
        uR"([{"key":"a","name":"Discovery","probability":12.6,"category":"pipeline","outcome":"open","colour":"#f00"},
            7, "text", {"name":"no key"},
            {"key":"a","name":"the same key again"},
            {"key":"b","probability":250,"category":"maybe","outcome":"open"},
            {"key":"w","name":"Signed","category":"closed","outcome":"won"},
            {"key":"l","name":"Lost","probability":-5,"outcome":"lost"},
            {"key":"x","name":"Paused","outcome":"paused","category":"omitted"}])"_s;
    const QList<PipelineStage> stages = stagesFromJson(newer);
    REQUIRE(stages.size() == 5);
    CHECK(stages[0] == PipelineStage{u"a"_s, u"Discovery"_s, 13, ForecastCategory::Pipeline, StageOutcome::Open});
    CHECK(stages[1] == PipelineStage{u"b"_s, u"b"_s, 100, ForecastCategory::Pipeline, StageOutcome::Open});
    CHECK(stages[2] == PipelineStage{u"w"_s, u"Signed"_s, 100, ForecastCategory::Closed, StageOutcome::Won});
    CHECK(stages[3] == PipelineStage{u"l"_s, u"Lost"_s, 0, ForecastCategory::Omitted, StageOutcome::Lost});
    CHECK(stages[4].outcome == StageOutcome::Open); // an outcome this release does not know
    CHECK(stagesFromJson(u"not json"_s).isEmpty());
    CHECK(stagesFromJson(u"{\"key\":\"a\"}"_s).isEmpty());
    CHECK(stagesFromJson({}).isEmpty());

    // Saving again keeps the member this release does not know for the stage that had it.
    QList<PipelineStage> renamed = stages.mid(0, 4);
    renamed[0].name = u"Discovery call"_s;
    const QString saved = stagesToJson(renamed, newer);
    CHECK(saved.contains(u"\"colour\":\"#f00\""_s));
    CHECK(stagesFromJson(saved) == renamed);
}

TEST_CASE("stage outcomes have stable keys and names", "[domain][pipeline]") {
    for (StageOutcome o : {StageOutcome::Open, StageOutcome::Won, StageOutcome::Lost}) {
        StageOutcome parsed = StageOutcome::Open;
        REQUIRE(parseStageOutcome(stageOutcomeKey(o), &parsed));
        CHECK(parsed == o);
        CHECK_FALSE(stageOutcomeName(o).isEmpty());
    }
    CHECK(stageOutcomeKey(StageOutcome::Lost) == u"lost"_s);
    StageOutcome untouched = StageOutcome::Won;
    CHECK_FALSE(parseStageOutcome(u"Won"_s, &untouched));
    CHECK(untouched == StageOutcome::Won);
}

TEST_CASE("built-in stage names are stored in English and shown translated, names of one's own as given",
          "[domain][pipeline]") {
    Test::MarkingTranslator translator({u"Pipeline"_s});
    const Pipeline shown = Pipeline::standard();
    CHECK(shown.name == u"«Standard sales»"_s);
    CHECK(shown.stage(u"proposal"_s)->name == u"«Proposal»"_s);

    Pipeline edited = shown;
    edited.stages[2].name = u"Angebot"_s; // renamed by the organisation
    const Pipeline stored = withStoredNames(edited);
    CHECK(stored.name == u"Standard sales"_s);
    CHECK(stored.stage(u"prospecting"_s)->name == u"Prospecting"_s);
    CHECK(stored.stage(u"proposal"_s)->name == u"Angebot"_s);

    const Pipeline again = withShownNames(stored);
    CHECK(again.stage(u"prospecting"_s)->name == u"«Prospecting»"_s);
    CHECK(again.stage(u"proposal"_s)->name == u"Angebot"_s);
    CHECK(stageName(u"won"_s, u"Won"_s) == u"«Won»"_s);
    CHECK(stageName(u"a1b2"_s, u"Won"_s) == u"Won"_s); // not a built-in stage
    CHECK(pipelineName(u"partners"_s, u"Standard sales"_s) == u"Standard sales"_s);
}
