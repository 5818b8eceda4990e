#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "calendar/DisplayZone.h"
#include "calendar/ReminderCenter.h"
#include "calendar/ReminderListDialog.h"
#include "protocol/RecordType.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QDate kDay(2027, 5, 3);

QDateTime local(QDate date, int hour, int minute = 0) {
    return QDateTime(date, QTime(hour, minute), displayZone());
}

CalendarTime at(QDate date, int hour, int minute = 0) {
    return CalendarTime::zoned(date, QTime(hour, minute), displayZone().id());
}

struct Fixture {
    Test::TempDatabase tmp;
    Test::SettableClock clock{local(kDay, 8)};
    QWidget window;

    QString addEvent(const QString& title, const CalendarTime& start, QList<int> reminders) {
        CalendarEvent e;
        e.title = title;
        e.location = u"Hamburg, Speicherstadt"_s;
        e.start = start;
        e.end = CalendarTime::zoned(start.date, start.time.addSecs(3600), start.zone);
        e.reminders = std::move(reminders);
        auto saved = EventRepository(tmp.db()).save(e);
        REQUIRE(saved);
        return saved->id;
    }
};

QStringList titles(const QList<Reminder>& reminders) {
    QStringList list;
    for (const Reminder& r : reminders)
        list.append(r.title);
    return list;
}

} // namespace

TEST_CASE("a reminder is announced when the clock passes it, once, also across a restart",
          "[calendar][reminders][ui]") {
    Fixture f;
    const QString id = f.addEvent(u"Visit Nordlicht"_s, at(kDay, 10), {15});
    {
        ReminderCenter center(f.tmp.db(), &f.window);
        QSignalSpy announced(&center, &ReminderCenter::announced);
        QSignalSpy counted(&center, &ReminderCenter::countChanged);
        center.check(); // not started: nothing
        CHECK(announced.isEmpty());
        center.start();
        CHECK(announced.isEmpty());
        CHECK(center.count() == 0);
        // The timer is planned for 09:45 at the latest (it looks at least hourly).
        CHECK(center.plannedAt() <= local(kDay, 9, 45));
        CHECK(center.plannedAt() > f.clock.now());
        CHECK(center.trayIcon() == nullptr); // offscreen: no tray, only the in-app list

        f.clock.set(local(kDay, 9, 44));
        center.check();
        CHECK(announced.isEmpty());
        CHECK(center.plannedAt() == local(kDay, 9, 45));
        f.clock.set(local(kDay, 9, 46));
        center.check();
        REQUIRE(announced.size() == 1);
        const auto fresh = announced.first().first().value<QList<Reminder>>();
        CHECK(titles(fresh) == QStringList{u"Visit Nordlicht"_s});
        CHECK(fresh.first().recordId == id);
        CHECK(center.count() == 1);
        CHECK(counted.last().first().toInt() == 1);
        center.check();
        CHECK(announced.size() == 1); // once
    }
    // Fieldbook starts again: the reminder is still in the list, but not announced again.
    ReminderCenter restarted(f.tmp.db(), &f.window);
    QSignalSpy announced(&restarted, &ReminderCenter::announced);
    restarted.start();
    CHECK(announced.isEmpty());
    CHECK(titles(restarted.due()) == QStringList{u"Visit Nordlicht"_s});
}

TEST_CASE("reminders that fell due while Fieldbook was closed are announced at start", "[calendar][reminders][ui]") {
    Fixture f;
    f.addEvent(u"Team meeting"_s, at(kDay, 9), {10});
    CalendarTask call;
    call.title = u"回电王芳"_s;
    call.due = at(kDay, 11);
    call.reminders = {60};
    REQUIRE(TaskRepository(f.tmp.db()).save(call));
    f.clock.set(local(kDay, 12));
    ReminderCenter center(f.tmp.db(), &f.window);
    QSignalSpy announced(&center, &ReminderCenter::announced);
    center.start();
    REQUIRE(announced.size() == 1);
    CHECK(titles(announced.first().first().value<QList<Reminder>>()) == QStringList{u"Team meeting"_s, u"回电王芳"_s});
    CHECK(center.count() == 2);
}

TEST_CASE("a snoozed reminder comes back after the snooze, a dismissed one does not", "[calendar][reminders][ui]") {
    Fixture f;
    f.addEvent(u"Visit Nordlicht"_s, at(kDay, 10), {15});
    f.addEvent(u"Call Hannah"_s, at(kDay, 10, 30), {30});
    f.clock.set(local(kDay, 10, 1));
    ReminderCenter center(f.tmp.db(), &f.window);
    QSignalSpy announced(&center, &ReminderCenter::announced);
    center.start();
    REQUIRE(center.count() == 2);
    const Reminder visit = center.due().at(0);
    const Reminder call = center.due().at(1);
    center.snooze({visit}, local(kDay, 10, 6));
    center.dismiss({call});
    CHECK(center.count() == 0);
    CHECK(center.plannedAt() == local(kDay, 10, 6));

    f.clock.set(local(kDay, 10, 7));
    center.check();
    REQUIRE(announced.size() == 2);
    const auto again = announced.last().first().value<QList<Reminder>>();
    REQUIRE(again.size() == 1);
    CHECK(again.first().snoozed);
    CHECK(again.first().title == u"Visit Nordlicht"_s);
    CHECK(titles(center.due()) == QStringList{u"Visit Nordlicht"_s});
    center.dismissAll();
    f.clock.set(local(kDay, 18));
    center.check();
    CHECK(center.count() == 0);
    CHECK(announced.size() == 2);
}

TEST_CASE("an event saved after start (as sync stores it) gets its reminder planned", "[calendar][reminders][ui]") {
    Fixture f;
    ReminderCenter center(f.tmp.db(), &f.window);
    QSignalSpy announced(&center, &ReminderCenter::announced);
    center.start();
    CHECK(center.plannedAt() == local(kDay, 9)); // nothing to remind of: look again in an hour
    f.addEvent(u"Demo at 华辰"_s, at(kDay, 8, 30), {10});
    CHECK(center.plannedAt() == local(kDay, 8, 20));
    f.clock.set(local(kDay, 8, 20));
    center.check();
    REQUIRE(announced.size() == 1);
    // One that is due already when it arrives is announced at once.
    f.addEvent(u"Call Jonas"_s, at(kDay, 8, 25), {15});
    CHECK(announced.size() == 2);
    CHECK(center.count() == 2);
}

TEST_CASE("the reminder list snoozes, dismisses and opens what it lists", "[calendar][reminders][ui]") {
    Fixture f;
    const QString visit = f.addEvent(u"Visit Nordlicht"_s, at(kDay, 10), {15});
    f.addEvent(u"Call Hannah"_s, at(kDay, 9, 30), {30});
    f.clock.set(local(kDay, 9, 50));
    ReminderCenter center(f.tmp.db(), &f.window);
    center.start();
    center.showList();
    ReminderListDialog* list = center.listDialog();
    REQUIRE(list != nullptr);
    CHECK(list->isVisible());
    QTreeWidget* rows = list->list();
    REQUIRE(rows->topLevelItemCount() == 2);
    CHECK(rows->topLevelItem(0)->text(0) == u"Call Hannah"_s);
    CHECK(rows->topLevelItem(0)->text(1).endsWith(u"started 20 min ago"_s));
    CHECK(rows->topLevelItem(1)->text(1).endsWith(u"in 10 min"_s));
    CHECK(rows->topLevelItem(1)->text(2) == u"Hamburg, Speicherstadt"_s);

    QSignalSpy opened(&center, &ReminderCenter::recordRequested);
    rows->setCurrentItem(rows->topLevelItem(1));
    list->findChild<QPushButton*>(u"openReminderButton"_s)->click();
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).toString() == RecordType::events().table);
    CHECK(opened.first().at(1).toString() == visit);

    list->snoozeSelected(ReminderListDialog::Snooze::FifteenMinutes);
    REQUIRE(rows->topLevelItemCount() == 1);
    CHECK(center.plannedAt() == local(kDay, 10, 5));
    list->findChild<QPushButton*>(u"dismissAllButton"_s)->click();
    CHECK(center.count() == 0);
    CHECK(rows->topLevelItemCount() == 0);
    CHECK(ReminderListDialog::snoozeUntil(ReminderListDialog::Snooze::Tomorrow, f.clock.now(), displayZone()) ==
          local(kDay.addDays(1), 9));
}
