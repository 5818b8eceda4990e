#include "StringMakers.h"

#include "models/CustomerValueModel.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

TEST_CASE("the customer value model lists the report's scored accounts with their scores", "[models][rfm]") {
    CurrencyRates rates(u"EUR"_s);
    const auto analysis = analyseRfm({RfmPurchase{u"a"_s, QDate(2026, 6, 1), 150'000, u"EUR"_s},
                                      RfmPurchase{u"b"_s, QDate(2026, 1, 1), 20'000, u"EUR"_s},
                                      RfmPurchase{u"b"_s, QDate(2026, 2, 1), 30'000, u"EUR"_s}},
                                     QDate(2026, 6, 30), rates);
    REQUIRE(analysis);
    CustomerSegmentReport report;
    report.rates = rates;
    for (const RfmScore& s : analysis->accounts)
        report.customers.append(
            CustomerValue{WonAccount{s.accountId, s.accountId.toUpper(), u"Retail"_s, u"上海"_s, u"CN"_s}, s});
    CustomerValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReport(report);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == CustomerValueModel::ColumnCount);
    // a: 29 days, 1 deal, 1,500.00; b: 149 days, 2 deals, 500.00. Two accounts score 2 and 4;
    // equal values 3.
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    CHECK(cell(0, CustomerValueModel::Account).toString() == u"A"_s);
    CHECK(cell(0, CustomerValueModel::Account, CustomerValueModel::IdRole).toString() == u"a"_s);
    CHECK(cell(0, CustomerValueModel::Region).toString() == u"上海"_s);
    CHECK(cell(0, CustomerValueModel::Recency).toLongLong() == 29);
    CHECK(cell(0, CustomerValueModel::Monetary).toLongLong() == 150'000);
    CHECK(cell(0, CustomerValueModel::Monetary, CustomerValueModel::CurrencyRole).toString() == u"EUR"_s);
    CHECK(cell(0, CustomerValueModel::R).toInt() == 4);
    CHECK(cell(0, CustomerValueModel::F).toInt() == 2);
    CHECK(cell(0, CustomerValueModel::M).toInt() == 4);
    // R 4, FM (2 + 4 + 1) / 2 = 3: potential loyalists.
    CHECK(cell(0, CustomerValueModel::Segment, CustomerValueModel::SegmentRole).toInt() ==
          int(RfmSegment::PotentialLoyalists));
    CHECK(cell(0, CustomerValueModel::Segment).toString() == u"Potential loyalists"_s);
    CHECK(cell(1, CustomerValueModel::Frequency).toInt() == 2);
    CHECK(cell(1, CustomerValueModel::R).toInt() == 2);
    CHECK(model.headerData(CustomerValueModel::Monetary, Qt::Horizontal).toString() == u"Won revenue"_s);
    model.setReport(CustomerSegmentReport{});
    CHECK(model.rowCount() == 0);
}
