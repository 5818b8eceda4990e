#include "SampleCustomer.h"
#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "AppContext.h"
#include "calendar/DisplayZone.h"
#include "widgets/RecordLinkPicker.h"
#include "calendar/ReminderOffsetsEdit.h"
#include "calendar/TaskEditor.h"
#include "calendar/TaskListPane.h"
#include "store/records/TaskRepository.h"
#include "widgets/AccountPicker.h"
#include "widgets/MessageBanner.h"
#include "widgets/UndoHistory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;
using Group = TaskListModel::Group;

namespace {

QDateTime local(QDate date, int hour, int minute = 0) {
    return QDateTime(date, QTime(hour, minute), displayZone());
}

const QDate kToday(2027, 5, 3);

struct Fixture {
    Test::TempDatabase tmp;
    Test::SettableClock clock{local(kToday, 14)};
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    QString contactId;
    QString accountId;

    Fixture() {
        const Test::SampleCustomer customer = Test::saveSampleCustomer(tmp.db());
        accountId = customer.accountId;
        contactId = customer.contactId;
    }

    QString add(const QString& title, std::optional<CalendarTime> due, TaskStatus status = TaskStatus::Open) {
        CalendarTask t;
        t.title = title;
        t.due = std::move(due);
        t.status = status;
        auto saved = TaskRepository(tmp.db()).save(t);
        REQUIRE(saved);
        return saved->id;
    }

    template<class T>
    static T* child(const QWidget* parent, const QString& name) {
        T* found = parent->findChild<T*>(name);
        REQUIRE(found != nullptr);
        return found;
    }
};

TaskEditor* openEditor(const TaskListPane& pane) {
    auto* editor = pane.findChild<TaskEditor*>();
    REQUIRE(editor != nullptr);
    REQUIRE(editor->isVisible());
    return editor;
}

} // namespace

TEST_CASE("the task pane shows groups with Done closed, and says when there is nothing", "[calendar][tasks][ui]") {
    Fixture f;
    TaskListPane pane(f.context);
    pane.resize(420, 600);
    pane.show();
    CHECK(Fixture::child<QLabel>(&pane, u"taskListEmptyLabel"_s)->isVisibleTo(&pane));

    f.add(u"Call back Hannah"_s, CalendarTime::ofDate(kToday.addDays(-2)));
    f.add(u"Send the offer"_s, CalendarTime::zoned(kToday, {16, 0}, displayZone().id()));
    f.add(u"Confirm the visit"_s, std::nullopt, TaskStatus::Done);
    CHECK(pane.view()->isVisibleTo(&pane));
    TaskListModel* model = pane.model();
    CHECK(model->rowCount() == 3);
    CHECK(pane.view()->isExpanded(model->groupIndex(Group::Overdue)));
    CHECK_FALSE(pane.view()->isExpanded(model->groupIndex(Group::Done)));
    // A group the user opens stays open when the list reloads.
    pane.view()->expand(model->groupIndex(Group::Done));
    f.add(u"Book the trade fair"_s, CalendarTime::ofDate(kToday.addDays(3)));
    CHECK(pane.view()->isExpanded(model->groupIndex(Group::Done)));
    CHECK(model->rowCount() == 4);
}

TEST_CASE("the check box completes a task, Delete deletes it and Undo brings it back", "[calendar][tasks][ui]") {
    Fixture f;
    const QString id = f.add(u"Send the offer"_s, CalendarTime::ofDate(kToday));
    TaskListPane pane(f.context);
    pane.resize(420, 600);
    pane.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pane));
    pane.selectTask(id);
    CHECK(pane.currentTaskId() == id);

    // Space on the current task ticks it off, as the check box does.
    QTest::keyClick(pane.view(), Qt::Key_Space);
    CHECK(TaskRepository(f.tmp.db()).get(id)->status == TaskStatus::Done);
    CHECK(pane.model()->indexOf(id).parent() == pane.model()->groupIndex(Group::Done));
    CHECK(pane.currentTaskId() == id); // the selection follows the task into Done
    QTest::keyClick(pane.view(), Qt::Key_Space);
    CHECK(TaskRepository(f.tmp.db()).get(id)->status == TaskStatus::Open);

    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    CHECK(TaskRepository(f.tmp.db()).get(id)->deleted);
    CHECK(pane.model()->rowCount() == 0);
    auto* banner = pane.findChild<MessageBanner*>();
    REQUIRE(banner != nullptr);
    CHECK(banner->text() == u"Task deleted."_s);
    REQUIRE(banner->triggerAction());
    CHECK_FALSE(TaskRepository(f.tmp.db()).get(id)->deleted);
    CHECK(pane.currentTaskId() == id);
}

TEST_CASE("Ctrl+Shift+N creates a task with a due time, priority, reminders and links", "[calendar][tasks][ui]") {
    Fixture f;
    TaskListPane pane(f.context);
    pane.resize(420, 600);
    pane.show();
    QApplication::setActiveWindow(&pane);
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    TaskEditor* editor = openEditor(pane);
    Fixture::child<QLineEdit>(editor, u"taskTitleEdit"_s)->setText(u"给华辰发送报价"_s);
    CHECK(Fixture::child<QCheckBox>(editor, u"taskDueCheck"_s)->isChecked());
    CHECK(Fixture::child<QDateEdit>(editor, u"taskDueDateEdit"_s)->date() == kToday);
    Fixture::child<QDateEdit>(editor, u"taskDueDateEdit"_s)->setDate(kToday.addDays(1));
    Fixture::child<QCheckBox>(editor, u"taskDueTimeCheck"_s)->setChecked(true);
    Fixture::child<QTimeEdit>(editor, u"taskDueTimeEdit"_s)->setTime(QTime(10, 30));
    Fixture::child<QComboBox>(editor, u"taskZoneCombo"_s)->setCurrentText(u"Asia/Shanghai"_s);
    auto* priority = Fixture::child<QComboBox>(editor, u"taskPriorityCombo"_s);
    priority->setCurrentIndex(priority->findData(int(TaskPriority::High)));
    auto* reminders = Fixture::child<ReminderOffsetsEdit>(editor, u"taskReminders"_s);
    auto* presets = Fixture::child<QComboBox>(reminders, u"addReminderCombo"_s);
    presets->setCurrentIndex(presets->findData(15));
    emit presets->activated(presets->currentIndex());
    reminders->addOffset(24 * 60);
    auto* contact = Fixture::child<RecordLinkPicker>(editor, u"taskContactPicker"_s);
    contact->setFocus();
    QTest::keyClicks(contact, u"Hannah Weber"_s);
    contact->resolve();
    CHECK(contact->recordId() == f.contactId);
    // The contact brings its account along.
    CHECK(Fixture::child<AccountPicker>(editor, u"taskAccountPicker"_s)->accountId() == f.accountId);
    Fixture::child<QDialogButtonBox>(editor, u"taskEditorButtons"_s)->button(QDialogButtonBox::Save)->click();

    const QList<CalendarTask> open = *TaskRepository(f.tmp.db()).list(TaskRepository::Filter::Open);
    REQUIRE(open.size() == 1);
    const CalendarTask& saved = open.first();
    CHECK(saved.title == u"给华辰发送报价"_s);
    CHECK(saved.due == CalendarTime::zoned(kToday.addDays(1), {10, 30}, "Asia/Shanghai"));
    CHECK(saved.priority == TaskPriority::High);
    CHECK(saved.reminders == QList<int>{15, 24 * 60});
    CHECK(saved.contactId == f.contactId);
    CHECK(saved.accountId == f.accountId);
    CHECK(pane.currentTaskId() == saved.id);
}

TEST_CASE("Enter edits the selected task, and a task without a title is refused in the editor",
          "[calendar][tasks][ui]") {
    Fixture f;
    const QString id = f.add(u"Send the offer"_s, CalendarTime::ofDate(kToday));
    TaskListPane pane(f.context);
    pane.show();
    QApplication::setActiveWindow(&pane);
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    pane.selectTask(id);
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Return);
    TaskEditor* editor = openEditor(pane);
    auto* title = Fixture::child<QLineEdit>(editor, u"taskTitleEdit"_s);
    CHECK(title->text() == u"Send the offer"_s);
    title->clear();
    editor->save();
    CHECK(editor->isVisible());
    CHECK(editor->findChild<MessageBanner*>()->text() == u"A task needs a title."_s);
    title->setText(u"Send the revised offer"_s);
    Fixture::child<QCheckBox>(editor, u"taskDueCheck"_s)->setChecked(false);
    editor->save();
    CHECK(TaskRepository(f.tmp.db()).get(id)->title == u"Send the revised offer"_s);
    CHECK_FALSE(TaskRepository(f.tmp.db()).get(id)->due.has_value());
    CHECK(pane.model()->indexOf(id).parent() == pane.model()->groupIndex(Group::NoDate));
}
