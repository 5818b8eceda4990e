#include "StringMakers.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "domain/Pipeline.h"
#include "store/records/AccountRepository.h"
#include "store/records/CatalogRepository.h"
#include "store/records/OpportunityLineRepository.h"
#include "store/records/OpportunityQuery.h"
#include "store/records/OpportunityRepository.h"
#include "workflows/StageMoveWorkflow.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

using Gaps = OpportunityRepository::Gaps;
using Closing = OpportunityRepository::ClosingDate;

struct Store {
    Test::TempDatabase tmp;
    QString accountId;

    Store() {
        Clock::setSource([] { return QDateTime(QDate(2026, 11, 5), QTime(10, 0)).toMSecsSinceEpoch(); });
        Account a;
        a.name = u"Cancity"_s;
        accountId = AccountRepository(tmp.db()).save(a)->id;
    }
    ~Store() { Clock::setSource({}); }

    /// An opportunity as an export from another system brings it: no account, no close date, no amount.
    static Opportunity bare(const QString& name, const QString& stage) {
        Opportunity o;
        o.name = name;
        o.currency = u"USD"_s;
        o.stage = stage;
        return o;
    }
    Opportunity imported(Opportunity o) {
        auto saved = OpportunityRepository(tmp.db()).save(std::move(o), Closing::TodayUnlessChanged, Gaps::Accepted);
        REQUIRE(saved);
        return *saved;
    }
    Attention attention(const Opportunity& o) {
        auto found = OpportunityRepository(tmp.db()).attention(o);
        REQUIRE(found);
        return *found;
    }
    QStringList history(const QString& id) {
        QStringList lines;
        const QList<OpportunityChange> changes = OpportunityRepository(tmp.db()).history(id).value();
        for (const OpportunityChange& c : changes)
            lines.append(c.field + u": "_s + c.oldValue + u" -> "_s + c.newValue + u" @ "_s +
                         QDateTime::fromMSecsSinceEpoch(c.changedAt).toString(u"yyyy-MM-dd HH:mm"_s));
        return lines;
    }
};

constexpr auto kNone = Attention();

} // namespace

TEST_CASE("what an opportunity lacks is derived from its stage's outcome, its fields and its lines",
          "[opportunities][attention]") {
    Opportunity o;
    o.accountId = u"a"_s;
    o.closeDate = QDate(2027, 1, 31);
    o.amount = 100;
    CHECK(attentionOf(o, StageOutcome::Open, false) == kNone);
    struct Row {
        const char* what;
        void (*change)(Opportunity&);
        StageOutcome outcome;
        bool hasLines;
        Attention expected;
    };
    const Row rows[] = {
        {"no account, any stage", [](Opportunity& x) { x.accountId.clear(); }, StageOutcome::Won, false,
         AttentionReason::NoAccount},
        {"open without close date", [](Opportunity& x) { x.closeDate = {}; }, StageOutcome::Open, false,
         AttentionReason::NoCloseDate},
        {"won without close date is not a gap", [](Opportunity& x) { x.closeDate = {}; }, StageOutcome::Won, false,
         kNone},
        {"open with 0 and no lines", [](Opportunity& x) { x.amount = 0; }, StageOutcome::Open, false,
         AttentionReason::NoAmount},
        {"open with 0 but lines (free items)", [](Opportunity& x) { x.amount = 0; }, StageOutcome::Open, true, kNone},
        {"lost with 0 (lost deals need no amount)",
         [](Opportunity& x) {
             x.amount = 0;
             x.closeReason = u"Timing"_s;
         },
         StageOutcome::Lost, false, kNone},
        {"lost without reason", [](Opportunity& x) { x.closeReason = u"  "_s; }, StageOutcome::Lost, false,
         AttentionReason::NoLossReason},
        {"won without reason is fine", [](Opportunity&) {}, StageOutcome::Won, false, kNone},
        {"everything at once",
         [](Opportunity& x) {
             x.accountId.clear();
             x.closeDate = {};
             x.amount = 0;
         },
         StageOutcome::Open, false,
         AttentionReason::NoAccount | AttentionReason::NoCloseDate | AttentionReason::NoAmount},
    };
    for (const Row& r : rows) {
        INFO(r.what);
        Opportunity x = o;
        r.change(x);
        CHECK(attentionOf(x, r.outcome, r.hasLines) == r.expected);
    }
    CHECK(attentionTexts(AttentionReason::NoAccount | AttentionReason::NoLossReason) ==
          QStringList{u"It has no account yet."_s, u"It was lost, but the reason is missing."_s});
}

TEST_CASE("with gaps accepted an opportunity without account, close date, amount or loss reason is saved and flagged",
          "[store][opportunities][attention]") {
    Store s;
    const Opportunity open = s.imported(Store::bare(u"HAXMC4IX"_s, u"qualification"_s));
    CHECK(s.attention(open) == (AttentionReason::NoAccount | AttentionReason::NoCloseDate | AttentionReason::NoAmount));
    CHECK_FALSE(open.closeDate.isValid());
    CHECK(open.probability == 25); // the stage's defaults still apply
    // A new one's empty close date is no history entry; its stage and amount are.
    CHECK(s.history(open.id) ==
          QStringList{u"stage:  -> qualification @ 2026-11-05 10:00"_s, u"amount:  -> 0 @ 2026-11-05 10:00"_s});

    Opportunity lost = Store::bare(u"EC4QE1BX"_s, u"lost"_s);
    lost.accountId = s.accountId;
    lost.closeDate = QDate(2017, 3, 7);
    lost = s.imported(lost);
    CHECK(s.attention(lost) == AttentionReason::NoLossReason);
    CHECK(lost.closeDate == QDate(2017, 3, 7));

    // A won one without its date closed today, gaps accepted or not: a close date is not a gap there.
    const Opportunity won = s.imported(Store::bare(u"Won today"_s, u"won"_s));
    CHECK(won.closeDate == QDate(2026, 11, 5));
    CHECK(s.attention(won) == AttentionReason::NoAccount);
    Opportunity undated = Store::bare(u"Won, no date"_s, u"won"_s);
    undated.accountId = s.accountId;
    CHECK_FALSE(OpportunityRepository(s.tmp.db()).save(undated, Closing::AsGiven, Gaps::Accepted));
}

TEST_CASE("the app keeps refusing new gaps but a flagged opportunity can be moved, edited and completed",
          "[store][opportunities][attention]") {
    Store s;
    OpportunityRepository repo(s.tmp.db());
    // What the app saves new must still be complete.
    CHECK_FALSE(repo.save(Store::bare(u"New in the app"_s, u"prospecting"_s)));

    Opportunity o = s.imported(Store::bare(u"Imported"_s, u"prospecting"_s));
    o.notes = u"Called twice"_s;
    o.stage = u"proposal"_s; // another open stage: still without account and close date
    auto moved = repo.save(o);
    REQUIRE(moved);
    CHECK(moved->probability == 50);
    CHECK(s.attention(*moved).testFlag(AttentionReason::NoAccount));

    // Completing part of it is saved; what is still missing stays flagged.
    o = *moved;
    o.closeDate = QDate(2027, 2, 28);
    o = repo.save(o).value();
    CHECK(s.attention(o) == (AttentionReason::NoAccount | AttentionReason::NoAmount));
    // A close date it has now cannot be taken away again.
    Opportunity cleared = o;
    cleared.closeDate = {};
    auto refused = repo.save(cleared);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == u"An opportunity needs an expected close date."_s);

    o.accountId = s.accountId;
    o.amount = 480'000;
    o = repo.save(o).value();
    CHECK(s.attention(o) == kNone);
    Opportunity noAccount = o;
    noAccount.accountId.clear();
    CHECK_FALSE(repo.save(noAccount));

    // A lost one imported without its reason stays lost without it; reaching Lost still needs one.
    Opportunity lost = Store::bare(u"Lost long ago"_s, u"lost"_s);
    lost.accountId = s.accountId;
    lost.closeDate = QDate(2017, 3, 7);
    lost = s.imported(lost);
    lost.notes = u"Reviewed"_s;
    CHECK(repo.save(lost, Closing::AsGiven));
    o.stage = u"lost"_s;
    CHECK_FALSE(repo.save(o));
}

TEST_CASE("product lines and board moves work on an opportunity without account or close date, and undo restores "
          "the gap",
          "[store][opportunities][attention]") {
    Store s;
    CatalogRepository catalog(s.tmp.db());
    Product product;
    product.sku = u"GTX Pro"_s;
    product.name = u"GTX Pro"_s;
    const QString productId = catalog.saveProduct(product)->id;
    Opportunity o = s.imported(Store::bare(u"Imported"_s, u"prospecting"_s));

    // Lines set the amount through the repository's save: it must accept the stored gaps.
    OpportunityLine line;
    line.opportunityId = o.id;
    line.productId = productId;
    line.description = u"GTX Pro"_s;
    line.amounts.quantity = Decimal4::fromInt(2);
    line.amounts.unitPrice = 4821'00;
    REQUIRE(OpportunityLineRepository(s.tmp.db()).save(line));
    o = OpportunityRepository(s.tmp.db()).get(o.id).value();
    CHECK(o.amount == 9642'00);
    CHECK(s.attention(o) == (AttentionReason::NoAccount | AttentionReason::NoCloseDate));

    StageMoveWorkflow workflow(s.tmp.db());
    const PipelineStage won = *Pipeline::standard().stage(u"won"_s);
    auto moved = workflow.move({o}, won, std::nullopt);
    REQUIRE(moved);
    CHECK(OpportunityRepository(s.tmp.db()).get(o.id)->closeDate == QDate(2026, 11, 5));
    REQUIRE(moved->undo.undo());
    const Opportunity back = OpportunityRepository(s.tmp.db()).get(o.id).value();
    CHECK(back.stage == u"prospecting"_s);
    CHECK_FALSE(back.closeDate.isValid());
    REQUIRE(moved->undo.redo());
    CHECK(OpportunityRepository(s.tmp.db()).get(o.id)->stage == u"won"_s);
}

TEST_CASE("an imported opportunity's history starts on the day it was opened and a closed one closes on its date",
          "[store][opportunities][attention]") {
    Store s;
    OpportunityRepository repo(s.tmp.db());
    Opportunity won = Store::bare(u"1C1I7A6R"_s, u"won"_s);
    won.accountId = s.accountId;
    won.amount = 1054'00;
    won.closeDate = QDate(2017, 3, 1);
    won = repo.saveImported(won, Closing::AsGiven, QDate(2016, 10, 20)).value();
    // Opened in the pipeline's first stage, at noon local time; won on its close date.
    CHECK(s.history(won.id) == QStringList{u"stage:  -> prospecting @ 2016-10-20 12:00"_s,
                                           u"amount:  -> 105400 @ 2016-10-20 12:00"_s,
                                           u"close_date:  -> 2017-03-01 @ 2016-10-20 12:00"_s,
                                           u"stage: prospecting -> won @ 2017-03-01 12:00"_s});

    Opportunity open = Store::bare(u"HAXMC4IX"_s, u"qualification"_s);
    open = repo.saveImported(open, Closing::TodayUnlessChanged, QDate(2016, 11, 3)).value();
    CHECK(s.history(open.id) ==
          QStringList{u"stage:  -> qualification @ 2016-11-03 12:00"_s, u"amount:  -> 0 @ 2016-11-03 12:00"_s});
    CHECK(s.attention(open).testFlag(AttentionReason::NoCloseDate)); // saveImported accepts the gaps

    // A close date before the day it was opened (a bad export) cannot close it before it began.
    Opportunity odd = Store::bare(u"Odd"_s, u"lost"_s);
    odd.closeDate = QDate(2016, 1, 1);
    odd = repo.saveImported(odd, Closing::AsGiven, QDate(2016, 2, 1)).value();
    CHECK(s.history(odd.id).constLast() == u"stage: prospecting -> lost @ 2016-02-01 12:00"_s);

    // Later changes are dated when they happen, and a second save of an existing one ignores the day.
    open.stage = u"proposal"_s;
    open = repo.saveImported(open, Closing::TodayUnlessChanged, QDate(2016, 1, 1)).value();
    CHECK(s.history(open.id).constLast() == u"stage: qualification -> proposal @ 2026-11-05 10:00"_s);
}

TEST_CASE("the board and list query marks and filters the opportunities that need attention",
          "[store][opportunities][attention]") {
    Store s;
    OpportunityRepository repo(s.tmp.db());
    auto add = [&](const QString& name, const QString& stage, bool account, QDate close, qint64 amount,
                   const QString& reason) {
        Opportunity o = Store::bare(name, stage);
        o.accountId = account ? s.accountId : QString();
        o.closeDate = close;
        o.amount = amount;
        o.closeReason = reason;
        return s.imported(o).id;
    };
    const QDate day(2027, 1, 15);
    add(u"complete"_s, u"proposal"_s, true, day, 500, {});
    add(u"no account"_s, u"proposal"_s, false, day, 500, {});
    add(u"no date"_s, u"prospecting"_s, true, {}, 500, {});
    add(u"no amount"_s, u"negotiation"_s, true, day, 0, {});
    add(u"lost, no reason"_s, u"lost"_s, true, day, 0, {});
    add(u"lost, reason"_s, u"lost"_s, true, day, 0, u"Timing"_s);
    add(u"won for 0"_s, u"won"_s, true, day, 0, {});
    const QString withLine = add(u"free item"_s, u"prospecting"_s, true, day, 0, {});
    OpportunityLine free;
    free.opportunityId = withLine;
    free.description = u"Pilot, free of charge"_s;
    free.amounts.quantity = Decimal4::fromInt(1);
    REQUIRE(OpportunityLineRepository(s.tmp.db()).save(free));

    const OpportunityQuery query(s.tmp.db(), Pipeline::standard());
    OpportunityFilter all;
    QMap<QString, int> marks;
    const QList<OpportunitySummary> rows =
        query.page(all, OpportunitySort::Name, Qt::AscendingOrder, nullptr, 50).value();
    for (const OpportunitySummary& row : rows)
        marks.insert(row.name, row.attention.toInt());
    CHECK(marks == QMap<QString, int>{{u"complete"_s, 0},
                                      {u"free item"_s, 0},
                                      {u"lost, no reason"_s, int(AttentionReason::NoLossReason)},
                                      {u"lost, reason"_s, 0},
                                      {u"no account"_s, int(AttentionReason::NoAccount)},
                                      {u"no amount"_s, int(AttentionReason::NoAmount)},
                                      {u"no date"_s, int(AttentionReason::NoCloseDate)},
                                      {u"won for 0"_s, 0}});

    OpportunityFilter flagged;
    flagged.needsAttention = true;
    QStringList names;
    const QList<OpportunitySummary> flaggedRows =
        query.page(flagged, OpportunitySort::Name, Qt::AscendingOrder, nullptr, 50).value();
    for (const OpportunitySummary& row : flaggedRows)
        names.append(row.name);
    CHECK(names == QStringList{u"lost, no reason"_s, u"no account"_s, u"no amount"_s, u"no date"_s});
    CHECK(query.count(flagged) == 4);
    qint64 total = 0;
    REQUIRE(query.forEachAmount(flagged, [&](const QString&, qint64 amount, const QString&, int) { total += amount; }));
    CHECK(total == 500 + 500);
    // Combined with the other filters, and for one card after a change.
    flagged.stage = u"proposal"_s;
    CHECK(query.count(flagged) == 1);
}
