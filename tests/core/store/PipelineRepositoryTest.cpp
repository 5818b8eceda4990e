#include "MarkingTranslator.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "domain/CurrencyRates.h"
#include "models/PipelineBoardModel.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/write/Outbox.h"
#include "store/records/PipelineRepository.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Fixture {
    Test::TempDatabase tmp;
    QString accountId;

    Fixture() {
        Account a;
        a.name = u"Northwind Traders"_s;
        accountId = AccountRepository(tmp.db()).save(a)->id;
    }
    PipelineRepository pipelines() { return PipelineRepository(tmp.db()); }
    Result<Opportunity> add(const QString& pipeline, const QString& stage, const QString& name = u"Fleet renewal"_s) {
        Opportunity o;
        o.name = name;
        o.accountId = accountId;
        o.amount = 50'000'00;
        o.currency = u"EUR"_s;
        o.closeDate = QDate(2027, 6, 30);
        o.pipeline = pipeline;
        o.stage = stage;
        if (stage == u"lost")
            o.closeReason = u"Price"_s;
        return OpportunityRepository(tmp.db()).save(o);
    }
    void setRole(const QString& role) {
        REQUIRE(tmp->connection().run(u"UPDATE users SET role = ? WHERE id = ?"_s, {role, tmp->localUserId()},
                                      u"test: set role"_s));
    }
};

/// A service pipeline: Scoping, Pilot, Rollout, Signed (won), Dropped (lost); keys left to the store.
Pipeline servicePipeline() {
    using C = ForecastCategory;
    using O = StageOutcome;
    return {{},
            u"Services"_s,
            {{{}, u"Scoping"_s, 20, C::Pipeline, O::Open},
             {{}, u"Pilot"_s, 60, C::BestCase, O::Open},
             {{}, u"Rollout"_s, 90, C::Commit, O::Open},
             {{}, u"Signed"_s, 100, C::Closed, O::Won},
             {{}, u"Dropped"_s, 0, C::Omitted, O::Lost}}};
}

QStringList names(const QList<Pipeline>& list) {
    QStringList n;
    for (const Pipeline& p : list)
        n.append(p.name);
    return n;
}

} // namespace

TEST_CASE("the standard pipeline is built in until a manager changes it, and a renamed stage keeps its key",
          "[store][pipelines]") {
    Fixture f;
    auto list = f.pipelines().pipelines();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->constFirst() == Pipeline::standard());
    CHECK(f.pipelines().pipeline(u"standard"_s)->value() == Pipeline::standard());
    CHECK_FALSE(f.pipelines().pipeline(u"nowhere"_s)->has_value());
    const QString before = f.add(u"standard"_s, u"proposal"_s)->id;

    Pipeline changed = Pipeline::standard();
    changed.name = u"Direct sales"_s;
    changed.stages[2].name = u"Offer sent"_s;
    changed.stages[2].probability = 40;
    const auto saved = f.pipelines().save(changed);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);
    CHECK(saved->key == u"standard"_s);
    CHECK(saved->stages[2].key == u"proposal"_s);
    list = f.pipelines().pipelines();
    REQUIRE(list->size() == 1); // it replaces the built-in one
    CHECK(list->constFirst().name == u"Direct sales"_s);
    CHECK(list->constFirst().stages[2].name == u"Offer sent"_s);

    // The opportunity already there stays in its stage; a new one takes the new default probability.
    CHECK(OpportunityRepository(f.tmp.db()).get(before)->stage == u"proposal"_s);
    const auto offered = f.add(u"standard"_s, u"proposal"_s, u"Second fleet"_s);
    REQUIRE(offered);
    CHECK(offered->probability == 40);

    // The board shows the renamed stage as its column.
    PipelineBoardModel board(f.tmp.db(), list->constFirst(), CurrencyRates(u"EUR"_s));
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = board.stageRow(u"proposal"_s);
    REQUIRE(row == 2);
    CHECK(board.stageIndex(row).data().toString() == u"Offer sent"_s);
    CHECK(board.totals(row).count == 2);

    const auto refused = f.pipelines().deactivate(u"standard"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"always available"_s));
}

TEST_CASE("a custom pipeline takes opportunities in its own stages and refuses a stage of another pipeline",
          "[store][pipelines]") {
    Fixture f;
    const auto services = f.pipelines().save(servicePipeline());
    INFO((services ? QString() : services.error().message).toStdString());
    REQUIRE(services);
    CHECK_FALSE(services->key.isEmpty());
    CHECK(services->key != u"standard"_s);
    QSet<QString> keys;
    for (const PipelineStage& s : services->stages)
        keys.insert(s.key);
    CHECK(keys.size() == 5);
    CHECK_FALSE(keys.contains(QString()));
    CHECK(f.tmp->connection()
              .scalar(u"SELECT id FROM pipelines WHERE pipeline_key = ?"_s, {services->key},
                      u"test"_s)
              ->toString() == services->key); // its key is its record id

    // Listed after the standard one; a second one after it.
    Pipeline renewals = servicePipeline();
    renewals.name = u"Renewals"_s;
    REQUIRE(f.pipelines().save(renewals));
    CHECK(names(*f.pipelines().pipelines()) == QStringList{u"Standard sales"_s, u"Services"_s, u"Renewals"_s});
    Pipeline twin = servicePipeline();
    twin.name = u"services"_s;
    const auto duplicate = f.pipelines().save(twin);
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().message.contains(u"services"_s));

    const QString pilot = services->stages[1].key;
    const auto inPilot = f.add(services->key, pilot);
    REQUIRE(inPilot);
    CHECK(inPilot->probability == 60);
    CHECK(inPilot->forecastCategory == u"best_case"_s);
    const auto wrongStage = f.add(services->key, u"proposal"_s);
    REQUIRE_FALSE(wrongStage);
    CHECK(wrongStage.error().message.contains(u"Services"_s));
    CHECK_FALSE(f.add(u"standard"_s, pilot));
    const auto noPipeline = f.add(u"elsewhere"_s, u"proposal"_s);
    REQUIRE_FALSE(noPipeline);
    CHECK(noPipeline.error().message.contains(u"elsewhere"_s));

    // Renaming a stage keeps its key, so the opportunity stays in it.
    Pipeline renamed = *services;
    renamed.stages[1].name = u"Proof of concept"_s;
    REQUIRE(f.pipelines().save(renamed));
    CHECK(f.pipelines().pipeline(services->key)->value().stages[1].key == pilot);

    // Deactivating waits for the open opportunity to close.
    const auto busy = f.pipelines().deactivate(services->key);
    REQUIRE_FALSE(busy);
    CHECK(busy.error().message.contains(u"1 open"_s));
    CHECK(busy.error().message.contains(u"Services"_s));
    Opportunity signedDeal = *inPilot;
    signedDeal.stage = services->stages[3].key;
    REQUIRE(OpportunityRepository(f.tmp.db()).save(signedDeal));
    REQUIRE(f.pipelines().deactivate(services->key));
    CHECK(names(*f.pipelines().pipelines()) == QStringList{u"Standard sales"_s, u"Renewals"_s});
    CHECK(names(*f.pipelines().pipelines(true)) == QStringList{u"Standard sales"_s, u"Renewals"_s, u"Services"_s});
    const auto inactive = f.pipelines().pipeline(services->key);
    REQUIRE(inactive->has_value());
    CHECK_FALSE(inactive->value().active);
    // Its closed opportunity can still be edited.
    signedDeal = *OpportunityRepository(f.tmp.db()).get(signedDeal.id);
    signedDeal.notes = u"Invoiced"_s;
    CHECK(OpportunityRepository(f.tmp.db()).save(signedDeal));
    REQUIRE(f.pipelines().activate(services->key));
    CHECK(f.pipelines().pipelines()->size() == 3);
}

TEST_CASE("a stage that live opportunities are in cannot be removed", "[store][pipelines]") {
    Fixture f;
    REQUIRE(f.add(u"standard"_s, u"qualification"_s, u"A"_s));
    REQUIRE(f.add(u"standard"_s, u"qualification"_s, u"B"_s));
    const QString gone = f.add(u"standard"_s, u"negotiation"_s, u"C"_s)->id;
    Pipeline fewer = Pipeline::standard();
    fewer.stages.removeAt(1); // Qualification
    const auto refused = f.pipelines().save(fewer);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"Qualification"_s));
    CHECK(refused.error().message.contains(u"2"_s));
    CHECK(f.pipelines().pipelines()->constFirst() == Pipeline::standard()); // nothing saved

    // A deleted opportunity does not hold its stage.
    REQUIRE(OpportunityRepository(f.tmp.db()).remove(gone));
    Pipeline noNegotiation = Pipeline::standard();
    noNegotiation.stages.removeAt(3);
    REQUIRE(f.pipelines().save(noNegotiation));
    CHECK(f.pipelines().pipelines()->constFirst().indexOf(u"negotiation"_s) == -1);
}

TEST_CASE("a rep's store refuses pipeline changes", "[store][pipelines]") {
    Fixture f;
    const auto services = f.pipelines().save(servicePipeline());
    REQUIRE(services);
    f.setRole(u"rep"_s);
    CHECK_FALSE(f.pipelines().canEdit());
    Pipeline renamed = *services;
    renamed.name = u"Professional services"_s;
    const auto renaming = f.pipelines().save(renamed);
    const auto adding = f.pipelines().save(servicePipeline());
    const auto deactivating = f.pipelines().deactivate(services->key);
    REQUIRE_FALSE(renaming);
    REQUIRE_FALSE(adding);
    REQUIRE_FALSE(deactivating);
    for (const Error& e : {renaming.error(), adding.error(), deactivating.error()}) {
        CHECK(e.code == ErrorCode::PermissionDenied);
        CHECK(e.message.contains(u"managers"_s));
    }
    CHECK(f.pipelines().pipeline(services->key)->value().name == u"Services"_s);
    // The rep still sells in it.
    CHECK(f.add(services->key, services->stages[0].key));
    f.setRole(u"manager"_s);
    CHECK(f.pipelines().save(renamed));
}

TEST_CASE("pipeline changes go through the outbox, and the smallest id applies among rows with one key",
          "[store][pipelines]") {
    Fixture f;
    Pipeline changed = Pipeline::standard();
    changed.stages[0].name = u"Lead in"_s;
    REQUIRE(f.pipelines().save(changed));
    auto entries = Outbox(f.tmp.db()).entries();
    REQUIRE(entries);
    const auto pipelineEntries =
        std::count_if(entries->cbegin(), entries->cend(), [](const OutboxEntry& e) { return e.table == u"pipelines"; });
    CHECK(pipelineEntries == 1);

    // Another manager's offline edit of "standard" arrives as a second row: the smaller id wins,
    // and a row this release cannot use is passed over.
    Pipeline theirs = Pipeline::standard();
    theirs.stages[0].name = u"Inbound"_s;
    REQUIRE(f.tmp->transaction([&]() -> Result<void> {
        RecordWriter writer(f.tmp.db(), RecordType::pipelines());
        for (const auto& [id, key, stages] :
             {std::tuple{u"00000000-0000-7000-8000-000000000001"_s, u"standard"_s, stagesToJson(theirs.stages)},
              std::tuple{u"00000000-0000-7000-8000-000000000002"_s, u"broken"_s, u"[{\"key\":\"x\"}]"_s}}) {
            auto saved = writer.save(id, {key, u"Theirs"_s, stages, 9, 1, QVariant()}, std::nullopt);
            if (!saved)
                return std::unexpected(saved.error());
        }
        return {};
    }));
    const auto list = f.pipelines().pipelines(true);
    REQUIRE(list->size() == 1);
    CHECK(list->constFirst().stages[0].name == u"Inbound"_s);
    CHECK_FALSE(f.pipelines().pipeline(u"broken"_s)->has_value());
}

TEST_CASE("the standard pipeline changed in one language shows its built-in names in every other",
          "[store][pipelines]") {
    Fixture f;
    {
        Test::MarkingTranslator translated({u"Pipeline"_s}); // the manager's language
        Pipeline standard = f.pipelines().pipeline(u"standard"_s)->value();
        CHECK(standard.stage(u"proposal"_s)->name == u"«Proposal»"_s);
        standard.stages[1].probability = 30;
        standard.stages[3].name = u"Verhandlung"_s; // a name of the organisation's own
        REQUIRE(f.pipelines().save(standard));
    }
    const auto stored = f.tmp->connection().scalar(
        u"SELECT stages FROM pipelines WHERE pipeline_key = 'standard' AND deleted = 0"_s, {}, u"test"_s);
    REQUIRE(stored);
    CHECK(stored->toString().contains(u"\"Proposal\""_s)); // English, not the manager's words
    CHECK_FALSE(stored->toString().contains(u"«"_s));

    Test::MarkingTranslator other({u"Pipeline"_s}); // a colleague reading it
    const Pipeline read = f.pipelines().pipeline(u"standard"_s)->value();
    CHECK(read.name == u"«Standard sales»"_s);
    CHECK(read.stage(u"proposal"_s)->name == u"«Proposal»"_s);
    CHECK(read.stage(u"qualification"_s)->probability == 30);
    CHECK(read.stage(u"negotiation"_s)->name == u"Verhandlung"_s);
}
