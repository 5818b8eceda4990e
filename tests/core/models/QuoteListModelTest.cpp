#include "StringMakers.h"
#include "TempDatabase.h"

#include "common/Clock.h"
#include "models/QuoteListModel.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

/// 2026-12-02 12:00 UTC.
constexpr qint64 kNow = 1'796'212'800'000;

struct Quotes {
    Test::TempDatabase tmp;
    QuoteRepository repo{tmp.db()};
    QuoteLifecycle lifecycle{tmp.db()};

    Quotes() {
        Clock::setSource([] { return kNow; });
    }
    ~Quotes() { Clock::setSource({}); }

    /// A draft for `customer` titled `title` with one item of `price` (at 10 % tax).
    Quote make(const QString& customer, const QString& title, qint64 price) {
        Account a;
        a.name = customer;
        a = *AccountRepository(tmp.db()).save(a);
        Opportunity o;
        o.name = title;
        o.accountId = a.id;
        o.currency = u"EUR"_s;
        o.closeDate = QDate(2027, 3, 31);
        o.stage = u"proposal"_s;
        o = *OpportunityRepository(tmp.db()).save(o);
        Quote q = *repo.createFromOpportunity(o.id);
        QuoteLine line = *repo.addItem(q.id, u"Service"_s);
        line.amounts.unitPrice = price;
        line.amounts.taxRate = *Decimal4::parse(u"10"_s);
        REQUIRE(repo.saveLine(line));
        return q;
    }
};

QStringList column(const QuoteListModel& model, int column) {
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, column).data().toString());
    return list;
}

} // namespace

TEST_CASE("the quote list shows every revision with its status and total, filtered and searched", "[models][quotes]") {
    Quotes f;
    const Quote alpha = f.make(u"Alpha Logistics"_s, u"Fleet renewal"_s, 1000'00);
    const Quote bravo = f.make(u"苏州智远科技有限公司"_s, u"年度框架协议"_s, 250'00);
    const Quote charlie = f.make(u"Charlie Foods"_s, u"Cold store"_s, 80'00);
    REQUIRE(f.lifecycle.send(alpha.id, QDate(2026, 12, 2)));
    const Quote alpha2 = *f.lifecycle.revise(alpha.id);
    REQUIRE(f.lifecycle.send(bravo.id, QDate(2026, 12, 2)));

    QuoteListModel model(f.tmp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    CHECK(model.totalCount() == 4);
    model.sort(QuoteListModel::Number, Qt::AscendingOrder);
    CHECK(column(model, QuoteListModel::Number) ==
          QStringList{alpha.number, alpha2.displayNumber(), bravo.number, charlie.number});
    CHECK(column(model, QuoteListModel::Customer) ==
          QStringList{u"Alpha Logistics"_s, u"Alpha Logistics"_s, u"苏州智远科技有限公司"_s, u"Charlie Foods"_s});
    CHECK(column(model, QuoteListModel::Status) == QStringList{u"Superseded"_s, u"Draft"_s, u"Sent"_s, u"Draft"_s});
    CHECK(model.index(2, 0).data(QuoteListModel::StatusRole).toString() == u"sent"_s);
    CHECK(model.index(2, QuoteListModel::Title).data().toString() == u"年度框架协议"_s);
    // The total is that of the quote arithmetic: 250.00 + 10 % tax.
    CHECK(model.index(2, QuoteListModel::Total).data(QuoteListModel::TotalRole).toLongLong() == 275'00);
    CHECK(model.index(2, QuoteListModel::Total).data(QuoteListModel::TotalRole) ==
          QVariant(f.repo.totals(bravo.id)->grandTotal));
    CHECK(model.index(2, 0).data(QuoteListModel::CurrencyRole).toString() == u"EUR"_s);
    CHECK(model.index(2, QuoteListModel::ValidUntil).data().toDate() == QDate(2027, 1, 1));
    CHECK(model.index(2, 0).data(QuoteListModel::IdRole).toString() == bravo.id);

    model.setStatusFilter(QuoteStatus::Draft);
    CHECK(column(model, QuoteListModel::Number) == QStringList{alpha2.displayNumber(), charlie.number});
    CHECK(model.totalCount() == 2);
    model.setStatusFilter(std::nullopt);
    model.setSearchText(u"智远"_s); // the customer
    CHECK(column(model, QuoteListModel::Number) == QStringList{bravo.number});
    model.setSearchText(u"cold"_s); // the title
    CHECK(column(model, QuoteListModel::Number) == QStringList{charlie.number});
    model.setSearchText(alpha.number.right(5)); // part of the number, e.g. "-0001"
    CHECK(column(model, QuoteListModel::Number) == QStringList{alpha.number, alpha2.displayNumber()});
    model.setSearchText({});
    model.sort(QuoteListModel::Customer, Qt::DescendingOrder);
    CHECK(column(model, QuoteListModel::Customer).first() == u"苏州智远科技有限公司"_s);
    CHECK_FALSE(model.isSortable(QuoteListModel::Total));
}

TEST_CASE("the quote list follows the store: a changed line changes the total, an overdue quote is expired",
          "[models][quotes]") {
    Quotes f;
    const Quote q = f.make(u"Alpha Logistics"_s, u"Fleet renewal"_s, 1000'00);
    QuoteListModel model(f.tmp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    QuoteLine line = f.repo.lines(q.id)->first();
    line.amounts.quantity = *Decimal4::parse(u"2"_s);
    REQUIRE(f.repo.saveLine(line));
    CHECK(model.index(0, QuoteListModel::Total).data(QuoteListModel::TotalRole).toLongLong() == 2200'00);
    REQUIRE(f.repo.addItem(q.id, u"Travel"_s));
    CHECK(model.index(0, QuoteListModel::Total).data(QuoteListModel::TotalRole).toLongLong() == 2200'00);
    Account renamed = *AccountRepository(f.tmp.db()).get(q.accountId);
    renamed.name = u"Alpha Logistics GmbH"_s;
    REQUIRE(AccountRepository(f.tmp.db()).save(renamed));
    CHECK(model.index(0, QuoteListModel::Customer).data().toString() == u"Alpha Logistics GmbH"_s);

    REQUIRE(f.lifecycle.send(q.id, QDate(2026, 12, 2)));
    CHECK(model.index(0, QuoteListModel::Status).data(QuoteListModel::StatusRole).toString() == u"sent"_s);
    // A month later the sent quote is past its date: it counts as expired before anyone says so.
    Clock::setSource([] { return kNow + 40LL * 24 * 3600 * 1000; });
    QuoteListModel later(f.tmp.db());
    CHECK(later.index(0, 0).data(QuoteListModel::StatusRole).toString() == u"expired"_s);
    later.setStatusFilter(QuoteStatus::Sent);
    CHECK(later.rowCount() == 0);
    later.setStatusFilter(QuoteStatus::Expired);
    CHECK(later.rowCount() == 1);
}
