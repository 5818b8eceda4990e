#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "models/TaskListModel.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/TaskRepository.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using Group = TaskListModel::Group;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QDate kToday(2027, 5, 3);

QDateTime berlin(QDate date, int hour, int minute = 0) {
    return QDateTime(date, QTime(hour, minute), kBerlin);
}

CalendarTask task(const QString& title, std::optional<CalendarTime> due, TaskPriority priority = TaskPriority::None) {
    CalendarTask t;
    t.title = title;
    t.due = std::move(due);
    t.priority = priority;
    return t;
}

CalendarTime at(QDate date, int hour, QByteArray zone = "Europe/Berlin") {
    return CalendarTime::zoned(date, QTime(hour, 0), std::move(zone));
}

/// The groups and their tasks' titles, as the list shows them.
QStringList shown(const TaskListModel& model) {
    QStringList lines;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        lines.append(u"# %1 (%2)"_s.arg(group.data(TaskListModel::GroupRole).toInt())
                         .arg(group.data(TaskListModel::CountRole).toInt()));
        for (int row = 0; row < model.rowCount(group); ++row)
            lines.append(model.index(row, 0, group).data(TaskListModel::TitleRole).toString());
    }
    return lines;
}

struct Fixture {
    Test::TempDatabase t;
    Test::SettableClock clock{berlin(kToday, 14)};

    void add(const CalendarTask& task) { REQUIRE(TaskRepository(t.db()).save(task)); }
};

} // namespace

TEST_CASE("the task list groups tasks into overdue, today, upcoming, no date and done", "[calendar][tasks]") {
    Fixture f;
    f.add(task(u"Send the offer to 华辰"_s, at(kToday, 10), TaskPriority::High));
    f.add(task(u"Call back Hannah"_s, CalendarTime::ofDate(kToday.addDays(-1))));
    f.add(task(u"Prepare the demo"_s, at(kToday, 16)));
    f.add(task(u"Update the forecast"_s, CalendarTime::ofDate(kToday)));
    f.add(task(u"Book the trade fair"_s, CalendarTime::ofDate(kToday.addDays(1))));
    f.add(task(u"Tidy the pipeline"_s, std::nullopt, TaskPriority::Low));
    f.add(task(u"Read the market report"_s, std::nullopt, TaskPriority::High));
    CalendarTask done = task(u"Confirm the visit"_s, at(kToday, 9));
    done.status = TaskStatus::Done;
    f.add(done);

    TaskListModel model(f.t.db(), kBerlin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(shown(model) == QStringList{u"# 0 (2)"_s, u"Call back Hannah"_s, u"Send the offer to 华辰"_s, u"# 1 (2)"_s,
                                      u"Update the forecast"_s, u"Prepare the demo"_s, u"# 2 (1)"_s,
                                      u"Book the trade fair"_s, u"# 3 (2)"_s, u"Read the market report"_s,
                                      u"Tidy the pipeline"_s, u"# 4 (1)"_s, u"Confirm the visit"_s});
    CHECK(model.count(Group::Today) == 2);
    CHECK_FALSE(model.groupIndex(Group::Done).data(TaskListModel::IdRole).isValid());
    const QModelIndex demo = model.index(1, 0, model.groupIndex(Group::Today));
    CHECK(demo.data(TaskListModel::DueRole).toDateTime() == berlin(kToday, 16));
    CHECK_FALSE(demo.data(TaskListModel::DueAllDayRole).toBool());
    CHECK(model.flags(demo).testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(model.flags(model.groupIndex(Group::Today)).testFlag(Qt::ItemIsSelectable));

    // At 16:00 the demo is due; the list regroups then, and at midnight.
    CHECK(model.nextRegroup() == berlin(kToday, 16).addMSecs(1));
    f.clock.set(berlin(kToday, 16, 30));
    model.reload();
    CHECK(model.count(Group::Overdue) == 3);
    CHECK(model.nextRegroup() == berlin(kToday.addDays(1), 0));
}

TEST_CASE("today and overdue are read in the display zone", "[calendar][tasks]") {
    Fixture f;
    // 01:00 in Shanghai on the 4th is 19:00 in Berlin on the 3rd.
    f.add(task(u"回电王芳"_s, at(kToday.addDays(1), 1, "Asia/Shanghai")));
    TaskListModel model(f.t.db(), kBerlin);
    CHECK(model.count(Group::Today) == 1);
    model.setZone(QTimeZone("Asia/Shanghai"));
    CHECK(model.count(Group::Upcoming) == 1);
    CHECK(TaskListModel::groupOf(*model.taskAt(model.index(0, 0, model.index(0, 0))), f.clock.now(),
                                 QTimeZone("Asia/Shanghai")) == Group::Upcoming);
}

TEST_CASE("checking a task completes it with the time, unchecking reopens it, and the list follows the store",
          "[calendar][tasks]") {
    Fixture f;
    AccountRepository accounts(f.t.db());
    Account account;
    account.name = u"Nordlicht GmbH"_s;
    const QString accountId = accounts.save(account)->id;
    Contact hannah;
    hannah.firstName = u"Hannah"_s;
    hannah.lastName = u"Weber"_s;
    hannah.accountId = accountId;
    const QString contactId = ContactRepository(f.t.db()).save(hannah)->id;
    CalendarTask call = task(u"Call back Hannah"_s, at(kToday, 17));
    call.contactId = contactId;
    call.accountId = accountId;
    f.add(call);

    TaskListModel model(f.t.db(), kBerlin);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QModelIndex row = model.index(0, 0, model.groupIndex(Group::Today));
    CHECK(row.data(TaskListModel::LinkNamesRole).toStringList() == QStringList{u"Hannah Weber"_s, u"Nordlicht GmbH"_s});
    const QString id = row.data(TaskListModel::IdRole).toString();

    f.clock.set(berlin(kToday, 14, 5));
    REQUIRE(model.setData(row, Qt::Checked, Qt::CheckStateRole));
    row = model.indexOf(id);
    CHECK(row.parent() == model.groupIndex(Group::Done));
    CHECK(row.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(row.data(TaskListModel::DoneAtRole).toDateTime() == berlin(kToday, 14, 5));
    CHECK(TaskRepository(f.t.db()).get(id)->doneAt == berlin(kToday, 14, 5).toMSecsSinceEpoch());

    REQUIRE(model.setData(row, Qt::Unchecked, Qt::CheckStateRole));
    row = model.indexOf(id);
    CHECK(row.parent() == model.groupIndex(Group::Today));
    CHECK_FALSE(row.data(TaskListModel::DoneAtRole).toDateTime().isValid());

    f.add(task(u"Send the brochure"_s, std::nullopt));
    CHECK(model.count(Group::NoDate) == 1);
    REQUIRE(TaskRepository(f.t.db()).remove(id));
    CHECK_FALSE(model.indexOf(id).isValid());
    CHECK(model.rowCount() == 1);
}
