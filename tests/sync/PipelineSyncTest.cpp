#include "StringMakers.h"
#include "SyncFixture.h"
#include "store/records/AccountRepository.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/PipelineRepository.h"
#include "store/write/RecordWriter.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

TEST_CASE("a manager's pipeline reaches every rep, who sells in it but cannot change it", "[sync][pipelines]") {
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

    using C = ForecastCategory;
    using O = StageOutcome;
    PipelineRepository pipelines(maria.db());
    REQUIRE(pipelines.canEdit());
    const auto services = pipelines.save({{},
                                          u"Services"_s,
                                          {{{}, u"Scoping"_s, 20, C::Pipeline, O::Open},
                                           {{}, u"Signed"_s, 100, C::Closed, O::Won},
                                           {{}, u"Dropped"_s, 0, C::Omitted, O::Lost}}});
    REQUIRE(services);
    Pipeline standard = Pipeline::standard();
    standard.stages[0].name = u"Lead in"_s;
    REQUIRE(pipelines.save(standard));
    synced(maria);
    synced(tom);
    synced(lena);

    for (TestClient* rep : {&tom, &lena}) {
        INFO(rep->user().toStdString());
        PipelineRepository theirs(rep->db());
        const auto list = theirs.pipelines();
        REQUIRE(list);
        REQUIRE(list->size() == 2);
        CHECK(list->at(0).stages[0].name == u"Lead in"_s);
        CHECK(list->at(1) == *services);
        CHECK_FALSE(theirs.canEdit());
        Pipeline renamed = *services;
        renamed.name = u"Free services"_s;
        const auto refused = theirs.save(renamed);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }

    // Tom sells in it, and the opportunity reaches his manager in its stage.
    Account account;
    account.name = u"Tailspin Toys"_s;
    account = *AccountRepository(tom.db()).save(account);
    Opportunity o;
    o.name = u"Maintenance contract"_s;
    o.accountId = account.id;
    o.currency = u"EUR"_s;
    o.closeDate = QDate(2027, 1, 31);
    o.pipeline = services->key;
    o.stage = services->stages[0].key;
    const auto sold = OpportunityRepository(tom.db()).save(o);
    REQUIRE(sold);
    CHECK(sold->probability == 20);
    synced(tom);
    synced(maria);
    const auto seen = OpportunityRepository(maria.db()).get(sold->id);
    REQUIRE(seen);
    CHECK(seen->pipeline == services->key);
    CHECK(seen->stage == services->stages[0].key);

    // Written past the repository, the server still refuses a rep's change.
    REQUIRE(lena.db().transaction([&]() -> Result<void> {
        RecordWriter writer(lena.db(), RecordType::pipelines());
        auto stored = writer.load(services->key);
        REQUIRE(stored);
        REQUIRE(stored->has_value());
        QVariantList values = (*stored)->values;
        values[RecordType::pipelines().indexOf(u"name"_s)] = u"Lena's services"_s;
        auto saved = writer.save(services->key, values, *stored);
        REQUIRE(saved);
        return {};
    }));
    CHECK(synced(lena).rejected == 1);
    synced(maria);
    CHECK(PipelineRepository(maria.db()).pipeline(services->key)->value().name == u"Services"_s);
}
