#include "StringMakers.h"
#include "TempDatabase.h"

#include "models/LeadListModel.h"
#include "store/records/LeadRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

QString add(LeadRepository& leads, const QString& first, const QString& last) {
    Lead l;
    l.firstName = first;
    l.lastName = last;
    auto saved = leads.save(l);
    REQUIRE(saved);
    return saved->id;
}

void rename(LeadRepository& leads, const QString& id, const QString& first, const QString& last) {
    Lead l = leads.get(id).value();
    l.firstName = first;
    l.lastName = last;
    REQUIRE(leads.save(l));
}

QStringList ids(const LeadListModel& model) {
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.idAt(row));
    return list;
}

} // namespace

TEST_CASE("a paged list puts changed rows where its next pages would, among equal sort keys too", "[models][leads]") {
    Test::TempDatabase tmp;
    LeadRepository leads(tmp.db());
    QStringList same; // equal names: the order among them is the order of insertion (the rid)
    for (int i = 0; i < LeadListModel::kPageSize + 20; ++i)
        same.append(add(leads, u"Same"_s, u"Lead"_s));

    LeadListModel model(tmp.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false); // the test drives paging (see RecordListModelTest)
    LeadFilter open;
    open.statuses = {LeadStatus::New};
    model.setFilter(open); // starts over with the first page, which the tester's own checks went past
    CHECK(ids(model) == same.mid(0, LeadListModel::kPageSize));
    REQUIRE(model.canFetchMore({}));

    // Changes whose place lies beyond the loaded rows wait for the page that brings them.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QString newest = add(leads, u"Same"_s, u"Lead"_s);
    CHECK(inserted.isEmpty());
    CHECK(model.totalCount() == LeadListModel::kPageSize + 21);
    const QString late = same.at(5);
    rename(leads, late, u"Zed"_s, u"Late"_s);
    CHECK(model.rowOf(late) == -1);
    // A change whose place is among the loaded rows shows at once, and no later page repeats it.
    const QString early = same.at(LeadListModel::kPageSize + 10);
    rename(leads, early, u"Aaron"_s, u"Early"_s);
    CHECK(model.rowOf(early) == 0);
    CHECK(model.rowCount() == LeadListModel::kPageSize);

    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList ascending = same;
    ascending.removeOne(late);
    ascending.removeOne(early);
    ascending.prepend(early);
    ascending.append(newest);
    ascending.append(late);
    CHECK(ids(model) == ascending);

    // Descending, the rid breaks ties the other way; an insertion at the end of a list loaded to
    // its end shows at once.
    model.sort(LeadListModel::Name, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    CHECK(ids(model) == descending);
    model.fetchMore({}); // a reload that fills exactly the rows loaded before cannot tell it reached the end
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(ids(model) == descending);
    const QString last = add(leads, u"Same"_s, u"Lead"_s);
    CHECK(model.rowOf(last) == 1); // after "Zed Late", before every older "Same Lead"
    const QString first = add(leads, u"Aaron"_s, u"Early"_s);
    CHECK(model.rowOf(first) == model.rowCount() - 2); // newer than the other "Aaron Early"
    CHECK(model.totalCount() == LeadListModel::kPageSize + 23);
    CHECK(model.rowCount() == model.totalCount());
}
