#include "ServiceTestHelpers.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "store/records/CatalogRepository.h"
#include "store/records/OpportunityLineRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// A store with what the rows below refer to: a user, an account and a priced product (USD, the
/// reporting currency of a new store).
struct Sales {
    TempDatabase t;

    Sales() {
        Clock::setSource([] { return QDateTime(QDate(2026, 11, 5), QTime(10, 0)).toMSecsSinceEpoch(); });
        REQUIRE(importCsv(t.db(), ImportRecordType::Users, "name\nMoses Frase\n")->imported == 1);
        REQUIRE(importCsv(t.db(), ImportRecordType::Accounts, "name\nCancity\n")->imported == 1);
        auto products =
            importCsv(t.db(), ImportRecordType::Products,
                      "sku,name,family,sales_price\nGTX Pro,GTX Pro,GTX,4821\nMG Special,MG Special,MG,55\n");
        REQUIRE(products);
        REQUIRE(products->imported == 2);
    }
    ~Sales() { Clock::setSource({}); }

    Opportunity byExternalId(const QString& id) {
        auto found = OpportunityRepository(t.db()).byExternalId(id);
        REQUIRE(found);
        REQUIRE(found->has_value());
        return **found;
    }
    Attention attention(const QString& externalId) {
        return OpportunityRepository(t.db()).attention(byExternalId(externalId)).value();
    }
    QStringList history(const QString& externalId) {
        QStringList lines;
        const QList<OpportunityChange> changes =
            OpportunityRepository(t.db()).history(byExternalId(externalId).id).value();
        for (const OpportunityChange& c : changes)
            lines.append(c.field + u": "_s + c.oldValue + u" -> "_s + c.newValue + u" @ "_s +
                         QDateTime::fromMSecsSinceEpoch(c.changedAt).toString(u"yyyy-MM-dd"_s));
        return lines;
    }
};

ImportRequest mavenLike() {
    ImportRequest request;
    request.fieldMap = {{u"external_id"_s, u"opportunity_id"_s},
                        {u"name"_s, u"opportunity_id"_s},
                        {u"owner"_s, u"sales_agent"_s},
                        {u"opened_on"_s, u"engage_date"_s},
                        {u"unit_price"_s, u"close_value"_s}};
    request.valueMap = {{u"stage"_s, u"Engaging"_s, u"Qualification"_s}};
    return request;
}

} // namespace

TEST_CASE("what real exports contain imports, and the opportunities that lack something need attention",
          "[import][opportunities]") {
    Sales s;
    const QByteArray csv = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
                           "W1,Moses Frase,GTX Pro,Cancity,Won,2016-10-20,2017-03-01,4514\n"  // 2
                           "L1,Moses Frase,MG Special,Cancity,Lost,2016-10-25,2017-03-07,0\n" // 3: no reason
                           "E1,Moses Frase,GTX Pro,,Engaging,2016-11-03,,\n"                  // 4: no account
                           "P1,Moses Frase,MG Special,Cancity,Prospecting,,,\n"               // 5: no date
                           "X1,Moses Frase,GTX Pro,Nowhere Inc,Engaging,2016-11-03,,\n"       // 6: unknown account
                           "X2,Moses Frase,GTX Pro,Cancity,Engaging,03/11/2016,,\n"           // 7: not a date
                           "X3,Mo Frase,GTX Pro,Cancity,Engaging,2016-11-03,,\n";             // 8: unknown owner
    auto report = importCsv(s.t.db(), ImportRecordType::Opportunities, csv, mavenLike());
    REQUIRE(report);
    CHECK(report->imported == 4);
    CHECK(report->updated == 0);
    REQUIRE(report->rejected.size() == 3);
    CHECK(report->rejected.at(0) == RejectedRow{6, u"account 'Nowhere Inc' does not match any account"_s});
    CHECK(report->rejected.at(1).row == 7);
    CHECK(report->rejected.at(1).reason.contains(u"03/11/2016"_s));
    CHECK(report->rejected.at(2) == RejectedRow{8, u"owner 'Mo Frase' does not match any user"_s});

    // The won deal keeps the value it was won for (the line's price), not the list price.
    const Opportunity won = s.byExternalId(u"W1"_s);
    CHECK(won.name == u"W1"_s);
    CHECK(won.amount == 4514'00);
    CHECK(won.currency == u"USD"_s);
    CHECK(won.closeDate == QDate(2017, 3, 1));
    CHECK(s.attention(u"W1"_s) == Attention());
    CHECK(s.history(u"W1"_s) ==
          QStringList{u"stage:  -> prospecting @ 2016-10-20"_s, u"amount:  -> 451400 @ 2016-10-20"_s,
                      u"close_date:  -> 2017-03-01 @ 2016-10-20"_s, u"stage: prospecting -> won @ 2017-03-01"_s});
    const auto lines = OpportunityLineRepository(s.t.db()).lines(won.id).value();
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().amounts.unitPrice == 4514'00);

    CHECK(s.attention(u"L1"_s) == AttentionReason::NoLossReason);
    CHECK(s.byExternalId(u"L1"_s).amount == 0);
    // An open deal with a blank value takes the product's list price; it lacks its account and date.
    const Opportunity engaging = s.byExternalId(u"E1"_s);
    CHECK(engaging.stage == u"qualification"_s);
    CHECK(engaging.amount == 4821'00);
    CHECK(s.attention(u"E1"_s) == (AttentionReason::NoAccount | AttentionReason::NoCloseDate));
    CHECK(s.history(u"E1"_s) ==
          QStringList{u"stage:  -> qualification @ 2016-11-03"_s, u"amount:  -> 482100 @ 2016-11-03"_s});
    CHECK(s.attention(u"P1"_s) == AttentionReason::NoCloseDate);
    CHECK(s.history(u"P1"_s).first() == u"stage:  -> prospecting @ 2026-11-05"_s); // no opened_on: today

    // Importing the same file again changes nothing and adds no history.
    auto again = importCsv(s.t.db(), ImportRecordType::Opportunities, csv, mavenLike());
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->updated == 4);
    CHECK(s.history(u"W1"_s).size() == 4);
    CHECK(OpportunityLineRepository(s.t.db()).lines(won.id)->size() == 1);
}

TEST_CASE("a blank amount is accepted where the stage allows it, and a won deal needs its amount",
          "[import][opportunities]") {
    Sales s;
    const QByteArray csv = "external_id,name,account,stage,amount,close_date\n"
                           "O1,Open,Cancity,proposal,,2027-01-31\n" // 2: open, blank: needs attention
                           "O2,Won,Cancity,won,,2026-10-01\n"       // 3: won, blank: refused
                           "O3,Won free,Cancity,won,0,2026-10-01\n" // 4: won for 0, said so
                           "O4,Lost,Cancity,lost,,2026-10-01\n";    // 5: lost, blank: a lost deal needs none
    auto report = importCsv(s.t.db(), ImportRecordType::Opportunities, csv);
    REQUIRE(report);
    CHECK(report->imported == 3);
    REQUIRE(report->rejected.size() == 1);
    CHECK(report->rejected.first() ==
          RejectedRow{3, u"amount is empty: a won opportunity needs the amount it was won for (or a product)"_s});
    CHECK(s.attention(u"O1"_s) == AttentionReason::NoAmount);
    CHECK(s.attention(u"O3"_s) == Attention());
    CHECK(s.attention(u"O4"_s) == AttentionReason::NoLossReason);
}

TEST_CASE("a product name that nearly matches one is refused with the suggestion", "[import][opportunities]") {
    Sales s;
    const QByteArray csv = "external_id,name,account,stage,close_date,product\n"
                           "A,Typo,Cancity,proposal,2027-01-31,GTXPro\n"    // 2: did you mean
                           "B,Case,Cancity,proposal,2027-01-31,gtx pro\n"   // 3: same name in another case
                           "C,Unknown,Cancity,proposal,2027-01-31,Widget\n" // 4: nothing like it
                           "D,Again,Cancity,proposal,2027-01-31,GTXPro\n";  // 5: the same suggestion
    auto report = importCsv(s.t.db(), ImportRecordType::Opportunities, csv);
    REQUIRE(report);
    CHECK(report->imported == 1);
    const QString didYouMean = u"product 'GTXPro' matches no SKU or product name; did you mean 'GTX Pro'?"_s;
    CHECK(report->rejected == QList<RejectedRow>{{2, didYouMean},
                                                 {4, u"product 'Widget' matches no SKU or product name"_s},
                                                 {5, didYouMean}});
    // A refused row stores nothing; the value map the suggestion points to imports it.
    CHECK_FALSE(OpportunityRepository(s.t.db()).byExternalId(u"A"_s)->has_value());
    ImportRequest fixed;
    fixed.valueMap = {{u"product"_s, u"GTXPro"_s, u"GTX Pro"_s}};
    auto second = importCsv(s.t.db(), ImportRecordType::Opportunities, csv, fixed);
    REQUIRE(second);
    CHECK(second->imported == 2);
    CHECK(second->updated == 1);
    CHECK(s.byExternalId(u"A"_s).amount == 4821'00);
}

TEST_CASE("a team export imports as users in two passes: the managers, then the agents under them", "[import][users]") {
    TempDatabase t;
    const QByteArray teams = "sales_agent,manager,regional_office\n"
                             "Anna Snelling,Dustin Brinkmann,Central\n"
                             "Cecily Lampkin,Dustin Brinkmann,Central\n"
                             "Violet Mclelland,Cara Losch,East\n";
    ImportRequest managers;
    managers.fieldMap = {{u"name"_s, u"manager"_s},
                         {u"team"_s, u"regional_office"_s},
                         {u"manager"_s, QString()}, // not the manager's manager: left out
                         {u"role"_s, u"manager"_s}};
    managers.valueMap = {{u"role"_s, u"*"_s, u"manager"_s}}; // whatever the name, the role is manager
    auto first = importCsv(t.db(), ImportRecordType::Users, teams, managers);
    REQUIRE(first);
    CHECK(first->imported == 2);
    CHECK(first->updated == 1); // Dustin Brinkmann's second row
    CHECK(first->rejected.isEmpty());
    ImportRequest agents;
    agents.fieldMap = {{u"name"_s, u"sales_agent"_s}, {u"team"_s, u"regional_office"_s}};
    auto second = importCsv(t.db(), ImportRecordType::Users, teams, agents);
    REQUIRE(second);
    CHECK(second->imported == 3);
    CHECK(second->rejected.isEmpty());

    UserRepository users(t.db());
    const User dustin = **users.findByName(u"Dustin Brinkmann"_s);
    CHECK(dustin.role == UserRole::Manager);
    CHECK(dustin.team == u"Central"_s);
    CHECK(dustin.managerId.isEmpty());
    const User anna = **users.findByName(u"Anna Snelling"_s);
    CHECK(anna.role == UserRole::Rep);
    CHECK(anna.managerId == dustin.id);
    CHECK((**users.findByName(u"Violet Mclelland"_s)).managerId == (**users.findByName(u"Cara Losch"_s)).id);
}

TEST_CASE("a '*' value map maps every other non-empty value and leaves empty cells and exact maps alone", "[import]") {
    TempDatabase t;
    ImportRequest request;
    request.valueMap = {{u"industry"_s, u"*"_s, u"Other"_s}, {u"industry"_s, u"technolgy"_s, u"Technology"_s}};
    auto report = importCsv(t.db(), ImportRecordType::Accounts,
                            "name,industry\nAcme,technolgy\nGlobex,retail\nInitech,\n", request);
    REQUIRE(report);
    CHECK(report->imported == 3);
    const QString sql = u"SELECT name || '=' || industry FROM accounts ORDER BY name"_s;
    auto q = t->connection().run(sql, {}, u"test"_s);
    REQUIRE(q);
    QStringList rows;
    while ((*q)->next())
        rows.append((*q)->value(0).toString());
    CHECK(rows == QStringList{u"Acme=Technology"_s, u"Globex=Other"_s, u"Initech="_s});
}

TEST_CASE("a product price without a currency is in the reporting currency", "[import][products]") {
    TempDatabase t;
    auto report = importCsv(t.db(), ImportRecordType::Products, "sku,name,unit_price\nGTK 500,GTK 500,26768\n");
    REQUIRE(report);
    CHECK(report->imported == 1);
    CatalogRepository catalog(t.db());
    const auto list = catalog.priceListFor(u"USD"_s).value();
    REQUIRE(list.has_value());
    CHECK(list->name == u"List prices USD"_s);
    const Product product = catalog.productBySku(u"GTK 500"_s)->value();
    CHECK(catalog.unitPrice(list->id, product.id, Decimal4::fromInt(1)).value() == 26768'00);
}
