#include "SampleCustomer.h"
#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "AppContext.h"
#include "activities/QuickLogForm.h"
#include "activities/TimelinePane.h"
#include "calendar/DisplayZone.h"
#include "opportunities/OpportunityDialog.h"
#include "store/records/ActivityRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/TaskRepository.h"
#include "widgets/MessageBox.h"
#include "widgets/UndoHistory.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QDate kMonday(2027, 5, 10);

CalendarTime at(QDate date, int hour, int minute = 0) {
    return CalendarTime::zoned(date, QTime(hour, minute), displayZone().id());
}

struct Fixture {
    Test::TempDatabase tmp;
    Test::SettableClock clock{QDateTime(kMonday.addDays(2), QTime(12, 0), displayZone())};
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    QString account, contact, opportunity, visit, weekly, task;

    Fixture() {
        const Test::SampleCustomer customer = Test::saveSampleCustomer(tmp.db());
        account = customer.accountId;
        contact = customer.contactId;
        opportunity = Test::saveSampleOpportunity(tmp.db(), account);
        visit = event(u"Visit Nordlicht"_s, EventKind::Visit, at(kMonday.addDays(-5), 10), {});
        weekly = event(u"Weekly call"_s, EventKind::Call, at(kMonday.addDays(-7), 9), {u"FREQ=WEEKLY"_s});
        CalendarTask t;
        t.title = u"Send the offer"_s;
        t.due = CalendarTime::ofDate(kMonday.addDays(4));
        t.contactId = contact;
        task = TaskRepository(tmp.db()).save(t)->id;
    }

    QString event(const QString& title, EventKind kind, const CalendarTime& start, QStringList rules) {
        CalendarEvent e;
        e.title = title;
        e.kind = kind;
        e.start = start;
        e.end = CalendarTime::zoned(start.date, start.time.addSecs(45 * 60), start.zone);
        e.rrules = std::move(rules);
        e.contactId = contact;
        e.opportunityId = opportunity;
        auto saved = EventRepository(tmp.db()).save(e);
        REQUIRE(saved);
        return saved->id;
    }

    static void select(TimelinePane& pane, const QString& id) {
        const int row = pane.model()->rowOf(id);
        REQUIRE(row >= 0);
        pane.findChild<QListView*>(u"timeline"_s)->setCurrentIndex(pane.model()->index(row));
    }
};

} // namespace

TEST_CASE("a past visit on a contact's timeline is logged as an activity with its outcome, undoably",
          "[calendar][timeline][ui]") {
    Fixture f;
    TimelinePane pane(f.context);
    pane.setRecord(f.contact, TimelineOf::Contact, f.account);
    pane.show();
    CHECK(pane.model()->rowCount() == 3);
    auto* logButton = pane.findChild<QToolButton*>(u"logEventButton"_s);
    Fixture::select(pane, f.task);
    CHECK_FALSE(logButton->isEnabled());
    Fixture::select(pane, f.visit);
    REQUIRE(logButton->isEnabled());
    logButton->click();
    auto* form = pane.findChild<QuickLogForm*>();
    REQUIRE(form->isVisible());
    CHECK(form->findChild<QLineEdit*>(u"logSubjectEdit"_s)->text() == u"Visit Nordlicht"_s);
    CHECK(form->findChild<QSpinBox*>(u"logDurationSpin"_s)->value() == 45);
    auto* outcome = form->findChild<QComboBox*>(u"logOutcomeCombo"_s);
    REQUIRE(outcome->isVisible());
    outcome->setEditText(u"Order expected in June"_s);
    form->findChild<QPlainTextEdit*>(u"logNotesEdit"_s)->setPlainText(u"Fleet of 40 vans"_s);
    QSignalSpy undoOffered(&pane, &TimelinePane::undoOffered);
    form->findChild<QPushButton*>(u"logSaveButton"_s)->click();

    const CalendarEvent logged = *EventRepository(f.tmp.db()).get(f.visit);
    REQUIRE_FALSE(logged.activityId.isEmpty());
    const Activity activity = *ActivityRepository(f.tmp.db()).get(logged.activityId);
    CHECK(activity.kind == ActivityKind::Visit);
    CHECK(activity.outcome == u"Order expected in June"_s);
    CHECK(activity.notes == u"Fleet of 40 vans"_s);
    CHECK(activity.contactId == f.contact);
    CHECK_FALSE(form->isVisible());
    CHECK(pane.model()->rowCount() == 4);
    CHECK(pane.model()->entryAt(pane.model()->rowOf(f.visit)).state == TimelineEntry::State::Logged);
    REQUIRE(undoOffered.size() == 1);
    REQUIRE(f.undo.undo(undoOffered.first().at(1).toInt()));
    CHECK(EventRepository(f.tmp.db()).get(f.visit)->activityId.isEmpty());
    CHECK(pane.model()->rowCount() == 3);
}

TEST_CASE("deleting from a timeline deletes the task or the series it shows, with undo", "[calendar][timeline][ui]") {
    Fixture f;
    TimelinePane pane(f.context);
    pane.setRecord(f.contact, TimelineOf::Contact, f.account);
    QSignalSpy undoOffered(&pane, &TimelinePane::undoOffered);
    Fixture::select(pane, f.task);
    pane.deleteSelected();
    CHECK(TaskRepository(f.tmp.db()).get(f.task)->deleted);
    REQUIRE(undoOffered.size() == 1);
    CHECK(undoOffered.last().at(0).toString() == u"Task deleted."_s);

    Fixture::select(pane, f.weekly);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    pane.deleteSelected();
    CHECK_FALSE(EventRepository(f.tmp.db()).get(f.weekly)->deleted);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    pane.deleteSelected();
    CHECK(MessageBox::lastText().contains(u"Weekly call"_s));
    CHECK(EventRepository(f.tmp.db()).get(f.weekly)->deleted);
    CHECK(pane.model()->rowCount() == 1);
    REQUIRE(undoOffered.size() == 2);
    REQUIRE(f.undo.undo(undoOffered.last().at(1).toInt()));
    REQUIRE(f.undo.undo(undoOffered.first().at(1).toInt()));
    CHECK(pane.model()->rowCount() == 3);
}

TEST_CASE("an opportunity's Activities tab shows its own timeline and logs for it", "[calendar][timeline][ui]") {
    Fixture f;
    Activity other;
    other.kind = ActivityKind::Call;
    other.subject = u"Call about another deal"_s;
    other.startsAt = f.clock.now().addDays(-1).toMSecsSinceEpoch();
    other.accountId = f.account;
    REQUIRE(ActivityRepository(f.tmp.db()).save(other));
    OpportunityDialog dialog(f.context, *OpportunityRepository(f.tmp.db()).get(f.opportunity));
    auto* pane = dialog.findChild<TimelinePane*>(u"opportunityActivities"_s);
    REQUIRE(pane != nullptr);
    // The visit and the weekly call are about the opportunity; the other call and the task are not.
    CHECK(pane->model()->rowCount() == 2);
    CHECK(pane->model()->rowOf(f.visit) >= 0);
    dialog.show();
    dialog.findChild<QTabWidget*>(u"opportunityTabs"_s)->setCurrentWidget(pane);
    pane->startLog(ActivityKind::Call);
    auto* form = pane->findChild<QuickLogForm*>();
    form->findChild<QLineEdit*>(u"logSubjectEdit"_s)->setText(u"Pricing call"_s);
    form->submit();
    const QList<Activity> own = *ActivityRepository(f.tmp.db()).forOpportunity(f.opportunity);
    REQUIRE(own.size() == 1);
    CHECK(own.first().subject == u"Pricing call"_s);
    CHECK(own.first().accountId == f.account);
    CHECK(own.first().contactId.isEmpty());
    CHECK(pane->model()->rowCount() == 3);
}
