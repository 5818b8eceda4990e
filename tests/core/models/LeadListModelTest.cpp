#include "StringMakers.h"
#include "TempDatabase.h"

#include "models/LeadListModel.h"
#include "store/records/LeadRepository.h"
#include "store/records/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

QStringList column(const LeadListModel& model, int column) {
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, column).data().toString());
    return list;
}

QString add(Database& db, const QString& first, const QString& last, const QString& company, LeadRating rating,
            const QString& owner = {}) {
    Lead l;
    l.firstName = first;
    l.lastName = last;
    l.company = company;
    l.rating = rating;
    l.ownerId = owner;
    auto saved = LeadRepository(db).save(l);
    REQUIRE(saved);
    return saved->id;
}

} // namespace

TEST_CASE("the lead list sorts, filters and follows changes row by row", "[models][leads]") {
    Test::TempDatabase tmp;
    User li;
    li.name = u"Li Wei"_s;
    const QString other = UserRepository(tmp.db()).save(li)->id;
    add(tmp.db(), u"Bob"_s, u"Stone"_s, u"Globex"_s, LeadRating::Cold);
    const QString ada = add(tmp.db(), u"Ada"_s, u"Lovelace"_s, u"Analytical Engines"_s, LeadRating::Hot);
    add(tmp.db(), u"芳"_s, u"王"_s, u"苏州智远科技"_s, LeadRating::Warm, other);

    LeadListModel model(tmp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.totalCount() == 3);
    CHECK(column(model, LeadListModel::Name) == QStringList{u"Ada Lovelace"_s, u"Bob Stone"_s, u"王芳"_s});
    CHECK(model.index(0, LeadListModel::Status).data().toString() == u"New"_s);
    CHECK(model.index(0, LeadListModel::Rating).data().toString() == u"Hot"_s);
    CHECK(model.index(0, 0).data(LeadListModel::RatingRole).toString() == u"hot"_s);
    CHECK(model.index(2, LeadListModel::Owner).data().toString() == u"Li Wei"_s);
    CHECK(model.index(0, LeadListModel::Created).data().typeId() == QMetaType::QDateTime);

    model.sort(LeadListModel::Rating, Qt::AscendingOrder);
    CHECK(column(model, LeadListModel::Name) == QStringList{u"Ada Lovelace"_s, u"王芳"_s, u"Bob Stone"_s});
    model.sort(LeadListModel::Company, Qt::DescendingOrder);
    CHECK(column(model, LeadListModel::Company).first() == u"苏州智远科技"_s);

    LeadFilter filter;
    filter.ownerId = other;
    model.setFilter(filter);
    CHECK(column(model, LeadListModel::Name) == QStringList{u"王芳"_s});
    filter = {};
    filter.text = u"智远"_s;
    model.setFilter(filter);
    CHECK(model.totalCount() == 1);

    // A change in the store arrives as row updates: disqualifying leaves the open-leads list.
    filter = {};
    filter.statuses = {LeadStatus::New, LeadStatus::Working, LeadStatus::Qualified};
    model.setFilter(filter);
    model.sort(LeadListModel::Name, Qt::AscendingOrder);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    REQUIRE(LeadRepository(tmp.db()).disqualify(ada, u"No budget"_s));
    CHECK(resets.isEmpty());
    CHECK(removed.size() == 1);
    CHECK(column(model, LeadListModel::Name) == QStringList{u"Bob Stone"_s, u"王芳"_s});
    CHECK(model.totalCount() == 2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QString cara = add(tmp.db(), u"Cara"_s, u"Diaz"_s, {}, LeadRating::None);
    CHECK(inserted.size() == 1);
    CHECK(model.rowOf(cara) == 1);
    CHECK(model.index(1, LeadListModel::Rating).data().toString().isEmpty());
}

TEST_CASE("the lead list loads page by page", "[models][leads]") {
    Test::TempDatabase tmp;
    for (int i = 0; i < LeadListModel::kPageSize + 30; ++i)
        add(tmp.db(), u"Lead"_s, u"%1"_s.arg(i, 4, 10, QLatin1Char('0')), {}, LeadRating::None);
    LeadListModel model(tmp.db());
    CHECK(model.rowCount() == LeadListModel::kPageSize);
    CHECK(model.totalCount() == LeadListModel::kPageSize + 30);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == LeadListModel::kPageSize + 30);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(LeadListModel::kPageSize + 29, 0).data().toString() == u"Lead 0229"_s);
}
