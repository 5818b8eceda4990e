// Renders the task list, the reminder list and a contact's timeline with demo data (German, English
// and Chinese titles) at the size they get beside the calendar on a 1366x768 laptop, with a light
// and a dark palette, and checks that they stay readable: titles keep room beside the due times,
// warning and confirming colours stand out from the background. With the environment variable
// FIELDBOOK_TASK_SCREENSHOTS set to a folder, the renders are saved there as tasks-*.png to look at.
#include "Screenshots.h"
#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "AppContext.h"
#include "activities/TimelinePane.h"
#include "calendar/DisplayZone.h"
#include "calendar/ReminderListDialog.h"
#include "calendar/TaskListPane.h"
#include "calendar/TaskText.h"
#include "models/TimelineEntries.h"
#include "services/DemoDataService.h"
#include "store/records/ContactRepository.h"
#include "widgets/UndoHistory.h"

#include <QApplication>
#include <QListView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2027, 5, 3), QTime(10, 0), QTimeZone::utc());

void save(QWidget& widget, const QString& name) {
    Test::saveScreenshot(Test::grabbed(widget), "FIELDBOOK_TASK_SCREENSHOTS", name);
}

/// Warning and confirming texts differ clearly from the list's background.
void checkColours(const QPalette& palette) {
    const int base = palette.color(QPalette::Base).lightness();
    CHECK(std::abs(TaskText::warningText(palette).lightness() - base) > 70);
    CHECK(std::abs(TaskText::positiveText(palette).lightness() - base) > 70);
    CHECK(std::abs(TaskText::accentText(palette).lightness() - base) > 70);
}

/// Every task row shown has room for a dozen characters of its title beside its due time.
void checkTaskRows(const TaskListPane& pane) {
    const QTreeView* view = pane.view();
    const QFontMetrics fm = view->fontMetrics();
    const TaskListModel* model = pane.model();
    int rows = 0;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        if (!view->isExpanded(group))
            continue;
        for (int row = 0; row < model->rowCount(group); ++row) {
            const QModelIndex index = model->index(row, 0, group);
            const QRect rect = view->visualRect(index);
            if (!rect.intersects(view->viewport()->rect()))
                continue;
            ++rows;
            const QString due = TaskText::dueText(index.data(TaskListModel::DueRole).toDateTime(),
                                                  index.data(TaskListModel::DueAllDayRole).toBool(), kNow);
            INFO(index.data(TaskListModel::TitleRole).toString().toStdString());
            CHECK(rect.width() - fm.horizontalAdvance(due) - 3 * fm.height() >= 12 * fm.averageCharWidth());
            CHECK(rect.height() >= fm.height() + 8);
        }
    }
    CHECK(rows >= 5);
}

QList<Reminder> someReminders() {
    const auto reminder = [](const QString& title, const QString& location, int startsInMinutes, bool ofTask) {
        Reminder r;
        r.key = title;
        r.title = title;
        r.location = location;
        r.ofTask = ofTask;
        r.startsAt = kNow.addSecs(startsInMinutes * 60);
        r.dueAt = r.startsAt.addSecs(-15 * 60);
        return r;
    };
    return {reminder(u"拜访苏州智远科技 — 年度合同续签"_s, u"苏州工业园区星湖街 328 号"_s, -5, false),
            reminder(u"Call back Hannah Weber about the fleet offer"_s, {}, 10, true),
            reminder(u"Quarterly business review Nordlicht GmbH"_s, u"Hamburg, Am Sandtorkai 50"_s, 45, false)};
}

/// The contact with the most entries on its timeline.
QString busiestContact(Database& db) {
    QString best;
    qsizetype most = -1;
    qint64 last = 0;
    const QList<Contact> contacts = *ContactRepository(db).page(0, 1000, &last);
    for (const Contact& c : contacts) {
        const auto entries = TimelineEntries(db, displayZone(), kNow).load(c.id, TimelineOf::Contact);
        if (entries && entries->size() > most) {
            most = entries->size();
            best = c.id;
        }
    }
    return best;
}

} // namespace

TEST_CASE("the task list, the reminders and a timeline stay readable beside the calendar, light and dark",
          "[ui][calendar][tasks]") {
    Test::TempDatabase tmp;
    DemoRequest demo;
    demo.users = 3;
    demo.accounts = 12;
    demo.contacts = 30;
    demo.activities = 30;
    demo.events = 150;
    demo.tasks = 80;
    demo.seed = 7;
    demo.nowMs = QDateTime(kNow.date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    REQUIRE(DemoDataService::generate(tmp.db(), demo));
    Test::SettableClock clock(kNow);
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    const QString contact = busiestContact(tmp.db());
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        INFO((dark ? "dark" : "light"));
        QApplication::setPalette(dark ? Test::darkPalette() : light);
        const QString suffix = dark ? u"-dark.png"_s : u"-light.png"_s;
        checkColours(QApplication::palette());

        TaskListPane pane(context);
        pane.resize(360, 640); // the side pane of the calendar on a 1366x768 screen
        pane.show();
        REQUIRE(QTest::qWaitForWindowExposed(&pane));
        pane.view()->setCurrentIndex(pane.model()->index(1, 0, pane.model()->index(0, 0)));
        checkTaskRows(pane);
        save(pane, u"tasks-pane"_s + suffix);

        ReminderListDialog reminders;
        reminders.setReminders(someReminders());
        reminders.show();
        REQUIRE(QTest::qWaitForWindowExposed(&reminders));
        reminders.setReminders(someReminders());
        const QTreeWidget* list = reminders.list();
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            CHECK(list->columnWidth(1) >= list->fontMetrics().horizontalAdvance(list->topLevelItem(row)->text(1)));
        save(reminders, u"tasks-reminders"_s + suffix);

        TimelinePane timeline(context);
        timeline.setRecord(contact, TimelineOf::Contact);
        timeline.resize(560, 640);
        timeline.show();
        REQUIRE(QTest::qWaitForWindowExposed(&timeline));
        CHECK(timeline.model()->rowCount() >= 4);
        save(timeline, u"tasks-timeline"_s + suffix);
    }
    QApplication::setPalette(light);
}
