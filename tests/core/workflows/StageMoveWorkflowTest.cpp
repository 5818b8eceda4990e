#include "StringMakers.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "domain/Pipeline.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/write/Outbox.h"
#include "workflows/StageMoveWorkflow.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Board {
    Test::TempDatabase tmp;
    Pipeline pipeline = Pipeline::standard();

    Board() {
        Clock::setSource([] { return QDateTime(QDate(2026, 11, 5), QTime(10, 0)).toMSecsSinceEpoch(); });
    }
    ~Board() { Clock::setSource({}); }

    QString account(const QString& name) {
        Account a;
        a.name = name;
        auto saved = AccountRepository(tmp.db()).save(a);
        REQUIRE(saved);
        return saved->id;
    }
    QString add(const QString& name, const QString& accountId, const QString& stage) {
        Opportunity o;
        o.name = name;
        o.accountId = accountId;
        o.amount = 100'000;
        o.currency = u"EUR"_s;
        o.stage = stage;
        o.closeDate = QDate(2026, 6, 30);
        auto saved = OpportunityRepository(tmp.db()).save(o);
        REQUIRE(saved);
        return saved->id;
    }
    Opportunity stored(const QString& id) { return OpportunityRepository(tmp.db()).get(id).value(); }
    Result<StageMoveResult> move(const QStringList& ids, const QString& stageKey,
                                 const std::optional<StageLoss>& loss = std::nullopt) {
        StageMoveWorkflow workflow(tmp.db());
        auto pending = workflow.pending(ids, stageKey);
        REQUIRE(pending);
        return workflow.move(*pending, *pipeline.stage(stageKey), loss);
    }
};

} // namespace

TEST_CASE("a move of several cards is one step: one undo puts every card back, one redo moves them again",
          "[workflows][opportunities]") {
    Board b;
    const QString acme = b.account(u"Acme"_s);
    const QString first = b.add(u"Framework"_s, acme, u"prospecting"_s);
    const QString second = b.add(u"Sensors"_s, acme, u"qualification"_s);
    const QString already = b.add(u"Pilot"_s, acme, u"won"_s);
    const QDate pilotClosed = b.stored(already).closeDate;

    StageMoveWorkflow workflow(b.tmp.db());
    auto pending = workflow.pending({first, second, already}, u"won"_s);
    REQUIRE(pending);
    REQUIRE(pending->size() == 2); // the one already won does not move
    const auto moved = b.move({first, second, already}, u"won"_s);
    REQUIRE(moved);
    CHECK(moved->before.size() == 2);
    CHECK(moved->before.at(0).stage == u"prospecting"_s);
    CHECK(moved->before.at(1).stage == u"qualification"_s);
    CHECK(b.stored(first).stage == u"won"_s);
    CHECK(b.stored(second).stage == u"won"_s);
    CHECK(b.stored(first).closeDate == QDate(2026, 11, 5)); // won today
    REQUIRE(moved->undo);

    REQUIRE(moved->undo.undo());
    CHECK(b.stored(first).stage == u"prospecting"_s);
    CHECK(b.stored(first).probability == 10);
    CHECK(b.stored(first).closeDate == QDate(2026, 6, 30));
    CHECK(b.stored(second).stage == u"qualification"_s);
    CHECK(b.stored(second).probability == 25);
    CHECK(b.stored(already).closeDate == pilotClosed);

    REQUIRE(moved->undo.redo());
    CHECK(b.stored(first).stage == u"won"_s);
    CHECK(b.stored(second).stage == u"won"_s);
    CHECK(b.stored(second).closeDate == QDate(2026, 11, 5));
}

TEST_CASE("a stage move the store refuses half-way moves no card", "[workflows][opportunities]") {
    Board b;
    const QString acme = b.account(u"Acme"_s);
    const QString gone = b.account(u"Gone Ltd"_s);
    const QString first = b.add(u"Framework"_s, acme, u"prospecting"_s);
    const QString second = b.add(u"Sensors"_s, gone, u"prospecting"_s);
    REQUIRE(AccountRepository(b.tmp.db()).remove(gone)); // the second card can no longer be saved
    const qsizetype changes = OpportunityRepository(b.tmp.db()).history(first)->size();
    const qsizetype pushes = Outbox(b.tmp.db()).entries()->size();

    const auto moved = b.move({first, second}, u"proposal"_s);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().message.contains(u"Sensors"_s));
    CHECK(moved.error().message.contains(u"Proposal"_s));
    CHECK(b.stored(first).stage == u"prospecting"_s); // moved first, put back with the refusal
    CHECK(b.stored(first).probability == 10);
    CHECK(b.stored(second).stage == u"prospecting"_s);
    CHECK(OpportunityRepository(b.tmp.db()).history(first)->size() == changes);
    CHECK(Outbox(b.tmp.db()).entries()->size() == pushes); // nothing to send either
}

TEST_CASE("a move into Lost keeps the reason and the day the cards were lost", "[workflows][opportunities]") {
    Board b;
    const QString acme = b.account(u"Acme"_s);
    const QString first = b.add(u"Framework"_s, acme, u"proposal"_s);
    const QString second = b.add(u"Sensors"_s, acme, u"negotiation"_s);
    const auto moved = b.move({first, second}, u"lost"_s,
                              StageLoss{.reason = u"No budget this year"_s, .closeDate = QDate(2026, 10, 28)});
    REQUIRE(moved);
    for (const QString& id : {first, second}) {
        CHECK(b.stored(id).stage == u"lost"_s);
        CHECK(b.stored(id).closeReason == u"No budget this year"_s);
        CHECK(b.stored(id).closeDate == QDate(2026, 10, 28));
    }
    REQUIRE(moved->undo.undo());
    CHECK(b.stored(first).stage == u"proposal"_s);
    CHECK(b.stored(first).closeReason.isEmpty());
    CHECK(b.stored(second).closeDate == QDate(2026, 6, 30));
}
