#include "StringMakers.h"
#include "TempDatabase.h"

#include "models/PipelineBoardModel.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

struct Board {
    Test::TempDatabase tmp;
    QString suzhou;
    QString northwind;
    QString otherOwner;

    Board() {
        AccountRepository accounts(tmp.db());
        Account a;
        a.name = u"苏州智远科技"_s;
        suzhou = accounts.save(a)->id;
        a.name = u"Northwind"_s;
        northwind = accounts.save(a)->id;
        User li;
        li.name = u"Li Wei"_s;
        otherOwner = UserRepository(tmp.db()).save(li)->id;
    }

    QString add(const QString& name, const QString& accountId, qint64 amount, const QString& currency,
                const QString& stage, QDate close, const QString& owner = {}) {
        Opportunity o;
        o.name = name;
        o.accountId = accountId;
        o.amount = amount;
        o.currency = currency;
        o.stage = stage;
        o.closeDate = close;
        o.ownerId = owner;
        if (stage == u"lost")
            o.closeReason = u"Price"_s;
        auto saved = OpportunityRepository(tmp.db()).save(o);
        REQUIRE(saved);
        return saved->id;
    }

    static CurrencyRates euroRates() {
        CurrencyRates rates(u"EUR"_s);
        rates.setRate(u"USD"_s, *ExchangeRate::parse(u"0.92"));
        return rates; // no rate for GBP
    }
};

QStringList cardNames(const PipelineBoardModel& model, const QString& stage) {
    QStringList names;
    const QModelIndex column = model.stageIndex(model.stageRow(stage));
    for (int row = 0; row < model.rowCount(column); ++row)
        names.append(model.index(row, 0, column).data().toString());
    return names;
}

} // namespace

TEST_CASE("board columns count, total and weight every opportunity in the reporting currency", "[models][board]") {
    Board b;
    const QDate d(2026, 3, 1);
    const QString framework = b.add(u"年度框架协议"_s, b.suzhou, 10'000'000, u"EUR"_s, u"prospecting"_s, d);
    const QString pilot = b.add(u"Pilot"_s, b.northwind, 500'000, u"USD"_s, u"prospecting"_s, d.addMonths(-1));
    b.add(u"Renewal"_s, b.northwind, 123'456, u"GBP"_s, u"prospecting"_s, d.addMonths(1));
    b.add(u"Expansion"_s, b.suzhou, 33'333, u"EUR"_s, u"proposal"_s, d);
    b.add(u"Upsell"_s, b.northwind, 1, u"USD"_s, u"proposal"_s, d);
    b.add(u"Lost deal"_s, b.northwind, 99'999, u"EUR"_s, u"lost"_s, d);
    b.add(u"Other owner"_s, b.northwind, 20'000, u"EUR"_s, u"negotiation"_s, d, b.otherOwner);
    const QString gone = b.add(u"Deleted"_s, b.suzhou, 100'000, u"EUR"_s, u"proposal"_s, d);
    REQUIRE(OpportunityRepository(b.tmp.db()).remove(gone));

    PipelineBoardModel model(b.tmp.db(), Pipeline::standard(), Board::euroRates());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 6);
    CHECK(model.stageIndex(0).data().toString() == u"Prospecting"_s);
    using T = PipelineBoardModel::Totals;
    // By hand: 100,000.00 EUR + 5,000.00 USD × 0.92 = 4,600.00 EUR; weighted at 10 %: 10,000.00 +
    // 460.00. The GBP amount has no rate: counted, in neither total.
    CHECK(model.totals(model.stageRow(u"prospecting"_s)) == T{3, 10'460'000, 1'046'000, 1});
    CHECK(model.totals(model.stageRow(u"qualification"_s)) == T{0, 0, 0, 0});
    // 333.33 EUR at 50 % = 166.665 -> 166.67; 0.01 USD = 0.0092 EUR -> 0.01, at 50 % 0.005 -> 0.01.
    CHECK(model.totals(model.stageRow(u"proposal"_s)) == T{2, 33'334, 16'668, 0});
    CHECK(model.totals(model.stageRow(u"negotiation"_s)) == T{1, 20'000, 15'000, 0});
    CHECK(model.totals(model.stageRow(u"won"_s)) == T{0, 0, 0, 0});
    CHECK(model.totals(model.stageRow(u"lost"_s)) == T{1, 99'999, 0, 0});
    CHECK(model.totalCount() == 7);
    const QModelIndex prospecting = model.stageIndex(0);
    CHECK(prospecting.data(PipelineBoardModel::TotalRole).toLongLong() == 10'460'000);
    CHECK(prospecting.data(PipelineBoardModel::UnconvertedCountRole).toInt() == 1);
    CHECK(prospecting.data(PipelineBoardModel::MoreCountRole).toInt() == 0);

    // Cards: soonest close first, with what a card shows.
    CHECK(cardNames(model, u"prospecting"_s) == QStringList{u"Pilot"_s, u"年度框架协议"_s, u"Renewal"_s});
    const QModelIndex card = model.cardIndex(framework);
    REQUIRE(card.isValid());
    CHECK(card.parent() == prospecting);
    CHECK(card.data(PipelineBoardModel::AccountNameRole).toString() == u"苏州智远科技"_s);
    CHECK(card.data(PipelineBoardModel::AmountRole).toLongLong() == 10'000'000);
    CHECK(card.data(PipelineBoardModel::CurrencyRole).toString() == u"EUR"_s);
    CHECK(card.data(PipelineBoardModel::CloseDateRole).toDate() == d);
    CHECK(card.data(PipelineBoardModel::OwnerIdRole).toString() == b.tmp->localUserId());
    CHECK_FALSE(card.data(PipelineBoardModel::OwnerNameRole).toString().isEmpty());

    // A rate for GBP converts the rest: 1,234.56 GBP × 1.17 = 1,444.4352 -> 1,444.44 EUR.
    CurrencyRates rates = Board::euroRates();
    rates.setRate(u"GBP"_s, *ExchangeRate::parse(u"1.17"));
    QSignalSpy totalsChanged(&model, &PipelineBoardModel::totalsChanged);
    model.setCurrencyRates(rates);
    CHECK(totalsChanged.count() == 1);
    CHECK(model.totals(0) == T{3, 10'604'444, 1'060'444, 0});

    // Filters: mine, and a part of the opportunity's or the account's name.
    OpportunityFilter mine;
    mine.ownerId = b.tmp->localUserId();
    model.setFilter(mine);
    CHECK(model.totals(model.stageRow(u"negotiation"_s)).count == 0);
    CHECK(model.totalCount() == 6);
    OpportunityFilter text;
    text.text = u"苏州"_s;
    model.setFilter(text);
    CHECK(cardNames(model, u"prospecting"_s) == QStringList{u"年度框架协议"_s});
    CHECK(model.totals(model.stageRow(u"proposal"_s)) == T{1, 33'333, 16'667, 0});
    text.text = u"pil"_s; // case-insensitive for Latin letters
    model.setFilter(text);
    CHECK(cardNames(model, u"prospecting"_s) == QStringList{u"Pilot"_s});
    model.setFilter({});

    // A stage change moves the card and both columns' figures; a deletion takes it off the board.
    Opportunity moved = *OpportunityRepository(b.tmp.db()).get(pilot);
    moved.stage = u"qualification"_s;
    REQUIRE(OpportunityRepository(b.tmp.db()).save(moved));
    CHECK(cardNames(model, u"prospecting"_s) == QStringList{u"年度框架协议"_s, u"Renewal"_s});
    CHECK(cardNames(model, u"qualification"_s) == QStringList{u"Pilot"_s});
    // 4,600.00 EUR at the stage's 25 %: 1,150.00.
    CHECK(model.totals(model.stageRow(u"qualification"_s)) == T{1, 460'000, 115'000, 0});
    CHECK(model.totals(0).count == 2);
    REQUIRE(OpportunityRepository(b.tmp.db()).remove(framework));
    CHECK(cardNames(model, u"prospecting"_s) == QStringList{u"Renewal"_s});
    CHECK_FALSE(model.cardIndex(framework).isValid());
    REQUIRE(OpportunityRepository(b.tmp.db()).restore(framework));
    CHECK(cardNames(model, u"prospecting"_s) == QStringList{u"年度框架协议"_s, u"Renewal"_s});

    // A renamed account shows on its cards.
    Account renamed = *AccountRepository(b.tmp.db()).get(b.suzhou);
    renamed.name = u"苏州智远科技有限公司"_s;
    REQUIRE(AccountRepository(b.tmp.db()).save(renamed));
    CHECK(model.cardIndex(framework).data(PipelineBoardModel::AccountNameRole).toString() == u"苏州智远科技有限公司"_s);
}

TEST_CASE("board columns load their cards a page at a time while totals cover the whole column", "[models][board]") {
    Board b;
    constexpr int kCount = PipelineBoardModel::kPageSize * 2 + 5;
    const QDate start(2026, 1, 1);
    for (int i = 0; i < kCount; ++i)
        b.add(u"Deal %1"_s.arg(i, 3, 10, QChar(u'0')), b.northwind, 100, u"EUR"_s, u"negotiation"_s,
              start.addDays(kCount - i));
    b.add(u"Won early"_s, b.northwind, 100, u"EUR"_s, u"won"_s, start);
    b.add(u"Won late"_s, b.northwind, 100, u"EUR"_s, u"won"_s, start.addDays(30));

    PipelineBoardModel model(b.tmp.db(), Pipeline::standard(), Board::euroRates());
    const QModelIndex column = model.stageIndex(model.stageRow(u"negotiation"_s));
    CHECK(model.rowCount(column) == PipelineBoardModel::kPageSize); // only the first page is read
    CHECK(model.totals(column.row()) == PipelineBoardModel::Totals{kCount, kCount * 100, kCount * 75, 0});
    CHECK(column.data(PipelineBoardModel::MoreCountRole).toInt() == kCount - PipelineBoardModel::kPageSize);
    // The tester's own checks fetch a page more of each column, like a view scrolled to the end.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount(column) == 2 * PipelineBoardModel::kPageSize);
    CHECK(model.canFetchMore(column));
    CHECK(model.index(0, 0, column).data().toString() == u"Deal %1"_s.arg(kCount - 1)); // soonest first
    while (model.canFetchMore(column))
        model.fetchMore(column);
    CHECK(model.rowCount(column) == kCount);
    CHECK(column.data(PipelineBoardModel::MoreCountRole).toInt() == 0);
    CHECK(model.index(kCount - 1, 0, column).data().toString() == u"Deal 000"_s);
    // Closed columns show the most recent first.
    CHECK(cardNames(model, u"won"_s) == QStringList{u"Won late"_s, u"Won early"_s});

    // Dragged cards carry their ids.
    const std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 0, column), model.index(1, 0, column)}));
    REQUIRE(data);
    CHECK(PipelineBoardModel::idsFromMimeData(data.get()) ==
          QStringList{model.index(0, 0, column).data(PipelineBoardModel::IdRole).toString(),
                      model.index(1, 0, column).data(PipelineBoardModel::IdRole).toString()});
    CHECK(model.flags(model.index(0, 0, column)).testFlag(Qt::ItemIsDragEnabled));
    CHECK(model.flags(column).testFlag(Qt::ItemIsDropEnabled));
    CHECK(model.mimeData({column}) == nullptr);
}
