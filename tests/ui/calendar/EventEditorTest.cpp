#include "SampleCustomer.h"
#include "StringMakers.h"

#include "CalendarSectionFixture.h"

#include "calendar/EventEditor.h"
#include "calendar/EventEditorAttendees.h"
#include "calendar/EventEditorReminders.h"
#include "calendar/EventEditorTimes.h"
#include "calendar/OccurrenceScopeDialog.h"
#include "calendar/RecurrenceEditor.h"
#include "calendar/RecurrenceEditorPattern.h"
#include "calendar/TimeZoneCombo.h"
#include "widgets/AccountPicker.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>

using namespace Fieldbook;

namespace {

const QDate kTuesday(2026, 12, 8);

/// An editor dialog over a fresh store, in British English on Berlin time.
struct EditorFixture {
    EditorFixture() { host.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    Test::TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    QWidget host; ///< the dialog's parent, for its locale
    std::unique_ptr<EventEditorDialog> dialog;

    void open(const CalendarEvent& event, const QString& seriesId = {},
              std::optional<CalendarTime> recurrenceId = std::nullopt) {
        dialog = std::make_unique<EventEditorDialog>(context, Test::berlin(),
                                                     OccurrenceOf{event, seriesId, recurrenceId}, &host);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        Test::settle();
    }
    void openNew(QTime from = QTime(10, 0), QTime to = QTime(11, 0)) {
        CalendarEvent draft;
        draft.start = Test::berlinTime(kTuesday, from);
        draft.end = Test::berlinTime(kTuesday, to);
        open(draft);
    }
    template<class T>
    T* child(const QString& name) const {
        T* found = dialog->findChild<T*>(name);
        REQUIRE(found);
        return found;
    }
    RecurrenceEditor* repeat() const { return dialog->editor()->recurrence(); }
    /// As std::string, which Catch prints when a check fails.
    std::string sentence() const { return child<QLabel>(u"repeatSentence"_s)->text().toStdString(); }
};

} // namespace

TEST_CASE("the repetition is chosen in plain controls and read back as a sentence", "[ui][calendar][editor]") {
    EditorFixture f;
    f.openNew();
    CHECK(f.repeat()->rules().isEmpty());
    auto* frequency = f.child<QComboBox>(u"repeatCombo"_s);
    frequency->setCurrentIndex(2); // Weekly
    emit frequency->activated(2);
    CHECK(f.repeat()->rules() == QStringList{u"FREQ=WEEKLY;BYDAY=TU"_s});
    CHECK(f.sentence() == "weekly on Tuesday");
    f.child<QToolButton>(u"repeatDay3"_s)->click(); // Thursday in a week from Monday
    f.child<QSpinBox>(u"repeatInterval"_s)->setValue(2);
    auto* end = f.child<QComboBox>(u"repeatEnd"_s);
    end->setCurrentIndex(1);
    emit end->activated(1);
    f.child<QSpinBox>(u"repeatCount"_s)->setValue(6);
    CHECK(f.repeat()->rules() == QStringList{u"FREQ=WEEKLY;INTERVAL=2;COUNT=6;BYDAY=TU,TH"_s});
    CHECK(f.sentence() == "every 2 weeks on Tuesday and Thursday, 6 times");

    // Monthly on the last Tuesday, until a date: the end of that day in Berlin, as UTC.
    frequency->setCurrentIndex(3);
    emit frequency->activated(3);
    f.child<QRadioButton>(u"repeatOnWeekday"_s)->click();
    auto* ordinal = f.child<QComboBox>(u"repeatOrdinal"_s);
    ordinal->setCurrentIndex(4);
    emit ordinal->activated(4);
    end->setCurrentIndex(2);
    emit end->activated(2);
    f.child<QDateEdit>(u"repeatUntil"_s)->setDate(QDate(2027, 6, 30));
    f.child<QSpinBox>(u"repeatInterval"_s)->setValue(1);
    CHECK(f.repeat()->rules() == QStringList{u"FREQ=MONTHLY;UNTIL=20270630T215959Z;BYDAY=-1TU"_s});
    INFO(f.sentence());
    CHECK(f.sentence().starts_with("every last Tuesday of the month until 30 June 2027"));
    CHECK(f.repeat()->userChanged());
}

TEST_CASE("a rule the controls cannot show is kept as imported, shown as its sentence", "[ui][calendar][editor]") {
    EditorFixture f;
    CalendarEvent series;
    series.id = u"series"_s;
    series.title = u"Month end close"_s;
    series.start = Test::berlinTime(QDate(2026, 11, 30), QTime(16, 0));
    series.end = Test::berlinTime(QDate(2026, 11, 30), QTime(17, 0));
    series.rrules = {u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"_s};
    f.open(series);
    auto* frequency = f.child<QComboBox>(u"repeatCombo"_s);
    CHECK(frequency->currentIndex() == 5);
    CHECK(f.repeat()->keepsImportedRule());
    CHECK(f.repeat()->rules() == series.rrules);
    CHECK(f.sentence().find("kept as imported") != std::string::npos);
    CHECK_FALSE(f.child<QSpinBox>(u"repeatInterval"_s)->isVisible());
    // Moving the start keeps the rule as it is.
    f.dialog->editor()->times()->startDate()->setDate(QDate(2026, 12, 1));
    CHECK(f.repeat()->rules() == series.rrules);
    // Choosing another repetition replaces it.
    frequency->setCurrentIndex(2);
    emit frequency->activated(2);
    CHECK(f.repeat()->rules() == QStringList{u"FREQ=WEEKLY;BYDAY=TU"_s});
}

TEST_CASE("a weekly series moved to another day repeats on the new day", "[ui][calendar][editor]") {
    EditorFixture f;
    CalendarEvent series;
    series.id = u"series"_s;
    series.title = u"Team meeting"_s;
    series.start = Test::berlinTime(QDate(2026, 11, 30), QTime(9, 0));
    series.end = Test::berlinTime(QDate(2026, 11, 30), QTime(10, 0));
    series.rrules = {u"FREQ=WEEKLY;BYDAY=MO"_s};
    f.open(series);
    CHECK(f.sentence() == "weekly on Monday");
    f.dialog->editor()->times()->startDate()->setDate(QDate(2026, 12, 2));
    CHECK(f.repeat()->rules() == QStringList{u"FREQ=WEEKLY;BYDAY=WE"_s});
    CHECK(f.sentence() == "weekly on Wednesday");
    CHECK_FALSE(f.repeat()->userChanged()); // "this occurrence" may still be chosen
}

TEST_CASE("the end keeps the length when the start moves, and all-day shows whole days", "[ui][calendar][editor]") {
    EditorFixture f;
    f.openNew(QTime(10, 0), QTime(11, 30));
    EventEditorTimes* times = f.dialog->editor()->times();
    f.child<QLineEdit>(u"titleEdit"_s)->setText(u"Night train"_s);
    times->startTime()->setTime(QTime(23, 0));
    CHECK(times->endDate()->date() == kTuesday.addDays(1));
    CHECK(times->endTime()->time() == QTime(0, 30));
    times->allDayBox()->setChecked(true);
    CHECK_FALSE(times->startTime()->isVisible());
    CHECK(times->start() == CalendarTime::ofDate(kTuesday));
    CHECK(times->end() == CalendarTime::ofDate(kTuesday.addDays(2))); // through Wednesday
    times->endDate()->setDate(kTuesday.addDays(-1));
    QString problem;
    CHECK_FALSE(f.dialog->editor()->event(&problem));
    CHECK(problem.toStdString() == "The event ends before it starts.");
}

TEST_CASE("an event in another zone shows its time in the display zone too", "[ui][calendar][editor]") {
    EditorFixture f;
    CalendarEvent call;
    call.id = u"call"_s;
    call.title = u"Call Shanghai"_s;
    call.start = CalendarTime::zoned(kTuesday, QTime(16, 0), "Asia/Shanghai");
    call.end = CalendarTime::zoned(kTuesday, QTime(17, 0), "Asia/Shanghai");
    f.open(call);
    CHECK(f.child<TimeZoneCombo>(u"zoneCombo"_s)->zoneId() == "Asia/Shanghai");
    auto* hint = f.child<QLabel>(u"zoneHint"_s);
    CHECK(hint->isVisible());
    CHECK(hint->text().toStdString() == "09:00 – 10:00 in your time zone (Europe/Berlin)");
    // Choosing Berlin by typing part of its name keeps the clock time and drops the hint.
    auto* zone = f.child<TimeZoneCombo>(u"zoneCombo"_s);
    zone->lineEdit()->setText(u"europe/berl"_s);
    QTest::keyClick(zone->lineEdit(), Qt::Key_Return);
    CHECK(zone->zoneId() == "Europe/Berlin");
    CHECK_FALSE(hint->isVisible());
    QString problem;
    CHECK(f.dialog->editor()->event(&problem)->start == Test::berlinTime(kTuesday, QTime(16, 0)));
}

TEST_CASE("reminders are added from presets and removed, earliest first", "[ui][calendar][editor]") {
    EditorFixture f;
    f.openNew();
    EventEditorReminders* reminders = f.dialog->editor()->reminders();
    CHECK(reminders->minutes().isEmpty());
    QMenu* presets = f.child<QToolButton>(u"addReminder"_s)->menu();
    REQUIRE(presets->actions().size() == 6);
    presets->actions().at(2)->trigger(); // 15 minutes
    presets->actions().at(5)->trigger(); // 1 day
    presets->actions().at(2)->trigger(); // once only
    CHECK(reminders->minutes() == QList<int>{1440, 15});
    auto* list = f.child<QListWidget>(u"reminderList"_s);
    list->setCurrentRow(0);
    f.child<QToolButton>(u"removeReminder"_s)->click();
    CHECK(reminders->minutes() == QList<int>{15});
    CHECK(EventEditorReminders::text(60) == u"1 hour(s) before"_s);
}

TEST_CASE("links and attendees: the account's contacts are offered, colleagues ticked", "[ui][calendar][editor]") {
    EditorFixture f;
    const auto [accountId, contactId] = Test::saveSampleCustomer(f.tmp.db());
    User anna;
    anna.name = u"Anna Schmidt"_s;
    const QString annaId = UserRepository(f.tmp.db()).save(anna)->id;
    f.openNew();
    auto* attendees = f.child<QListWidget>(u"attendeeList"_s);
    const auto row = [&](const QString& text) {
        const QList<QListWidgetItem*> items = attendees->findItems(text, Qt::MatchExactly);
        REQUIRE(items.size() == 1);
        return items.first();
    };
    CHECK(attendees->findItems(u"Hannah Weber"_s, Qt::MatchExactly).isEmpty());
    f.child<AccountPicker>(u"accountPicker"_s)->setAccount(accountId, u"Nordlicht GmbH"_s);
    emit f.child<AccountPicker>(u"accountPicker"_s)->accountChanged();
    row(u"Hannah Weber"_s)->setCheckState(Qt::Checked);
    row(u"Anna Schmidt"_s)->setCheckState(Qt::Checked);
    auto* contact = f.child<QLineEdit>(u"contactPicker"_s);
    contact->setText(u"Hannah Weber"_s);
    f.child<QLineEdit>(u"titleEdit"_s)->setText(u"Visit Nordlicht"_s);
    QString problem;
    const auto event = f.dialog->editor()->event(&problem);
    REQUIRE(event);
    CHECK(event->accountId == accountId);
    CHECK(event->contactId == contactId);
    REQUIRE(event->attendees.size() == 2);
    CHECK(event->attendees.at(0).userId == annaId);
    CHECK(event->attendees.at(1).contactId == contactId);
    CHECK(f.dialog->editor()->people() == QStringList{f.tmp->localUserId(), annaId});
}

TEST_CASE("what the store refuses shows in the dialog's banner and the form stays", "[ui][calendar][editor]") {
    EditorFixture f;
    f.openNew();
    f.dialog->save();
    CHECK(f.dialog->banner()->text() == u"The event needs a title."_s);
    f.child<QLineEdit>(u"titleEdit"_s)->setText(u"Trade fair"_s);
    f.dialog->editor()->times()->endDate()->setDate(kTuesday.addYears(2));
    f.dialog->save();
    CHECK(f.dialog->banner()->text() == u"An event can last at most a year."_s);
    CHECK(f.dialog->isVisible());
    CHECK(f.child<QLineEdit>(u"titleEdit"_s)->text() == u"Trade fair"_s);
}

TEST_CASE("changing the repetition of an occurrence offers only the following or all", "[ui][calendar][editor]") {
    EditorFixture f;
    CalendarEvent e;
    e.title = u"Team meeting"_s;
    e.start = Test::berlinTime(QDate(2026, 11, 30), QTime(9, 0));
    e.end = Test::berlinTime(QDate(2026, 11, 30), QTime(10, 0));
    e.rrules = {u"FREQ=WEEKLY;BYDAY=MO"_s};
    const CalendarEvent series = EventRepository(f.tmp.db()).save(e).value();
    f.open(series, series.id, Test::berlinTime(QDate(2026, 12, 7), QTime(9, 0)));
    CHECK(f.dialog->editor()->times()->startDate()->date() == QDate(2026, 12, 7));
    auto* count = f.child<QComboBox>(u"repeatEnd"_s);
    count->setCurrentIndex(1);
    emit count->activated(1);
    OccurrenceScopeDialog::setNextAnswer(std::nullopt);
    f.dialog->save();
    CHECK_FALSE(OccurrenceScopeDialog::lastOfferedThis());
    CHECK(f.dialog->isVisible());
}

TEST_CASE("the editor fits a 1366x768 laptop without scrolling sideways", "[ui][calendar][editor]") {
    EditorFixture f;
    f.openNew();
    const QSize size = f.dialog->size();
    CHECK(size.width() <= 1366);
    CHECK(size.height() <= 768 - 40);
    auto* scroll = f.dialog->findChild<QScrollArea*>();
    REQUIRE(scroll);
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    // Every field of the left column is in view without scrolling.
    for (const char* name : {"titleEdit", "startDateEdit", "zoneCombo", "locationEdit", "repeatCombo"}) {
        INFO(name);
        auto* field = f.child<QWidget>(QString::fromLatin1(name));
        const QRect inView(field->mapTo(scroll->viewport(), QPoint(0, 0)), field->size());
        CHECK(scroll->viewport()->rect().contains(inView));
    }
}

TEST_CASE("the rules people make show in the controls and come back the same", "[ui][calendar][editor]") {
    const QDate start(2026, 12, 8); // the second Tuesday
    struct Case {
        const char16_t* rule;
        const char16_t* back; ///< the rule the controls write, when it is written otherwise
    };
    for (const Case& c :
         {Case{u"FREQ=WEEKLY;BYDAY=TU", nullptr},
          Case{u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,TU", u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"},
          Case{u"FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=10", u"FREQ=WEEKLY;COUNT=10;BYDAY=MO,TU,WE,TH,FR"},
          Case{u"FREQ=MONTHLY;BYDAY=2TU", nullptr}, Case{u"FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR", nullptr},
          Case{u"FREQ=MONTHLY;BYMONTHDAY=-1", nullptr}, Case{u"FREQ=DAILY;INTERVAL=2", nullptr}}) {
        const QString text = QString::fromUtf16(c.rule);
        INFO(text.toStdString());
        const RecurrenceRule rule = RecurrenceRule::parse(text).value();
        const auto pattern = RecurrencePattern::of(rule, start, {});
        REQUIRE(pattern);
        CHECK(pattern->toRule(std::nullopt).toText() == (c.back ? QString::fromUtf16(c.back) : text));
    }
    for (const char16_t* odd : {u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", u"FREQ=YEARLY;BYWEEKNO=20",
                                u"FREQ=MONTHLY;BYMONTHDAY=1,15", u"FREQ=HOURLY", u"FREQ=YEARLY;BYMONTH=3"}) {
        INFO(QString::fromUtf16(odd).toStdString());
        CHECK_FALSE(RecurrencePattern::of(RecurrenceRule::parse(QString::fromUtf16(odd)).value(), start, {}));
    }
    // The start's weekday, day of the month and nth weekday follow the start.
    RecurrencePattern monthly = RecurrencePattern::startingOn(Frequency::Monthly, start);
    monthly.monthly = RecurrencePattern::Monthly::OnWeekday;
    CHECK(monthly.followStart(start, QDate(2026, 12, 30)));
    CHECK(monthly.ordinal == -1);
    CHECK(monthly.weekday == Qt::Wednesday);
}
