#include "StringMakers.h"
#include "TempDatabase.h"

#include "models/OpportunityListModel.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

QStringList names(const OpportunityListModel& model) {
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, OpportunityListModel::Name).data().toString());
    return list;
}

} // namespace

TEST_CASE("the opportunity list filters by stage, owner and close dates and sorts by any column",
          "[models][opportunities]") {
    Test::TempDatabase tmp;
    Account account;
    account.name = u"苏州智远科技"_s;
    const QString accountId = AccountRepository(tmp.db()).save(account)->id;
    User li;
    li.name = u"Li Wei"_s;
    const QString other = UserRepository(tmp.db()).save(li)->id;
    struct Row {
        const char16_t* name;
        qint64 amount;
        const char16_t* stage;
        QDate close;
        bool mine;
    };
    const Row rows[] = {{u"Bravo", 300, u"proposal", QDate(2026, 2, 10), true},
                        {u"Alpha", 100, u"prospecting", QDate(2026, 3, 5), false},
                        {u"Charlie", 200, u"negotiation", QDate(2026, 1, 20), true},
                        {u"年度框架协议", 50, u"prospecting", QDate(2026, 4, 1), true}};
    for (const Row& r : rows) {
        Opportunity o;
        o.name = QString::fromUtf16(r.name);
        o.accountId = accountId;
        o.amount = r.amount;
        o.currency = u"CNY"_s;
        o.stage = QString::fromUtf16(r.stage);
        o.closeDate = r.close;
        o.ownerId = r.mine ? QString() : other;
        REQUIRE(OpportunityRepository(tmp.db()).save(o));
    }

    OpportunityListModel model(tmp.db(), Pipeline::standard());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    CHECK(names(model) == QStringList{u"Charlie"_s, u"Bravo"_s, u"Alpha"_s, u"年度框架协议"_s}); // by close date
    CHECK(model.totalCount() == 4);
    CHECK(model.index(0, OpportunityListModel::Stage).data().toString() == u"Negotiation"_s);
    CHECK(model.index(0, OpportunityListModel::Account).data().toString() == u"苏州智远科技"_s);
    CHECK(model.index(0, OpportunityListModel::Amount).data(OpportunityListModel::AmountRole).toLongLong() == 200);
    CHECK(model.index(0, OpportunityListModel::CloseDate).data().toDate() == QDate(2026, 1, 20));
    CHECK(model.index(0, OpportunityListModel::Probability).data().toInt() == 75);

    model.sort(OpportunityListModel::Amount, Qt::DescendingOrder);
    CHECK(names(model) == QStringList{u"Bravo"_s, u"Charlie"_s, u"Alpha"_s, u"年度框架协议"_s});
    model.sort(OpportunityListModel::Stage, Qt::AscendingOrder); // pipeline order, not alphabetical
    CHECK(names(model) == QStringList{u"Alpha"_s, u"年度框架协议"_s, u"Bravo"_s, u"Charlie"_s});
    model.sort(OpportunityListModel::Name, Qt::AscendingOrder);
    CHECK(names(model) == QStringList{u"Alpha"_s, u"Bravo"_s, u"Charlie"_s, u"年度框架协议"_s});

    OpportunityFilter filter;
    filter.stage = u"prospecting"_s;
    model.setFilter(filter);
    CHECK(names(model) == QStringList{u"Alpha"_s, u"年度框架协议"_s});
    filter.ownerId = tmp->localUserId();
    model.setFilter(filter);
    CHECK(names(model) == QStringList{u"年度框架协议"_s});
    filter = {};
    filter.closeFrom = QDate(2026, 2, 10);
    filter.closeTo = QDate(2026, 3, 5); // both ends included
    model.setFilter(filter);
    CHECK(names(model) == QStringList{u"Alpha"_s, u"Bravo"_s});
    CHECK(model.totalCount() == 2);

    // A saved change moves the row to its sorted place, or out of the filter.
    model.setFilter({});
    const QString bravo = model.idAt(1);
    Opportunity o = *OpportunityRepository(tmp.db()).get(bravo);
    o.name = u"Zulu"_s;
    REQUIRE(OpportunityRepository(tmp.db()).save(o));
    CHECK(names(model) == QStringList{u"Alpha"_s, u"Charlie"_s, u"Zulu"_s, u"年度框架协议"_s});
    model.setFilter(filter);
    o.closeDate = QDate(2027, 1, 1);
    REQUIRE(OpportunityRepository(tmp.db()).save(o));
    CHECK(names(model) == QStringList{u"Alpha"_s});
    CHECK(model.totalCount() == 1);
}
