#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "UrlCatcher.h"
#include "../calendar/Screenshots.h"
#include "ScreenshotLanguage.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/TaskRepository.h"
#include "dashboard/ChartCard.h"
#include "telesales/CallCard.h"
#include "telesales/CallStatsView.h"
#include "telesales/TelesalesSection.h"
#include "telesales/WrapUpPanel.h"
#include "widgets/MessageBanner.h"
#include "widgets/UndoHistory.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// A list of three people at one account, each with a Berlin number.
struct Desk {
    Test::SettableClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0))};
    Test::TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    QStringList contacts;

    Desk() {
        Account a;
        a.name = u"Nord GmbH"_s;
        const QString account = AccountRepository(tmp.db()).save(a).value().id;
        CallList list;
        list.name = u"Spring 春季"_s;
        list.script = u"Hello {first_name}, this is Fieldbook calling for {company}."_s;
        list = CallListRepository(tmp.db()).save(list).value();
        QList<CallListEntry> entries;
        for (const auto& [first, number] :
             {std::pair{u"Jana"_s, u"+49301111111"_s}, std::pair{u"Olaf"_s, u"+49302222222"_s},
              std::pair{u"王芳"_s, u"+49303333333"_s}}) {
            Contact c;
            c.firstName = first;
            c.lastName = u"Test"_s;
            c.accountId = account;
            c.phones = {{u"work"_s, number}};
            contacts.append(ContactRepository(tmp.db()).save(c).value().id);
            CallListEntry e;
            e.contactId = contacts.last();
            e.accountId = account;
            e.name = first;
            e.phone = number;
            entries.append(e);
        }
        REQUIRE(CallListRepository(tmp.db()).add(list.id, entries));
    }
};

/// One call from the keyboard: dial, `seconds` of talk, the outcome's Alt key, a note, save.
void workCall(TelesalesSection& section, Desk& desk, Qt::Key outcomeKey, int seconds, const QString& note) {
    QTest::keyClick(&section, Qt::Key_D, Qt::ControlModifier);
    desk.clock.advanceSecs(seconds);
    QTest::keyClick(&section, outcomeKey, Qt::AltModifier);
    auto* notes = section.findChild<QPlainTextEdit*>(u"callNotes"_s);
    REQUIRE(notes);
    notes->setFocus();
    QTest::keyClicks(notes, note);
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

TEST_CASE("three calls are worked from the keyboard alone: dial, outcome, next", "[ui][telesales]") {
    Desk desk;
    Test::UrlCatcher dialled(u"tel"_s);
    TelesalesSection section(desk.context);
    section.resize(1366, 768);
    section.show();
    section.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&section));
    REQUIRE(section.current());
    CHECK(section.current()->name == u"Jana"_s);
    CHECK(section.card()->script() == u"Hello Jana, this is Fieldbook calling for Nord GmbH."_s);

    workCall(section, desk, Qt::Key_1, 65, u"Wants the brochure"_s); // connected
    REQUIRE(section.current());
    CHECK(section.current()->name == u"Olaf"_s);
    workCall(section, desk, Qt::Key_2, 20, u"Rang out"_s); // no answer
    REQUIRE(section.current());
    CHECK(section.current()->name == u"王芳"_s);
    workCall(section, desk, Qt::Key_8, 40, u"Busy this week"_s); // callback, tomorrow at ten by default
    CHECK_FALSE(section.current());                              // the retry and the callback are not due yet

    CHECK(dialled.urls() ==
          QList<QUrl>{QUrl(u"tel:+49301111111"_s), QUrl(u"tel:+49302222222"_s), QUrl(u"tel:+49303333333"_s)});
    const QStringList outcomes{u"connected"_s, u"no answer"_s, u"call back later"_s};
    const QList<int> seconds{65, 20, 40};
    for (int i = 0; i < 3; ++i) {
        const auto calls = ActivityRepository(desk.tmp.db()).forContact(desk.contacts[i]);
        REQUIRE(calls);
        REQUIRE(calls->size() == 1);
        CHECK(calls->first().kind == ActivityKind::Call);
        CHECK(calls->first().outcome == outcomes[i]);
        CHECK(calls->first().talkSeconds == seconds[i]);
    }
    CHECK(ActivityRepository(desk.tmp.db()).forContact(desk.contacts[0])->first().notes == u"Wants the brochure"_s);
    const auto callback = TaskRepository(desk.tmp.db()).linkedTo(u"contact_id"_s, desk.contacts[2]);
    REQUIRE(callback);
    REQUIRE(callback->size() == 1);
    CHECK(callback->first().due->date == QDate(2026, 12, 8));

    // The statistics of the month: three calls today, two of them reaching someone.
    QTest::keyClick(&section, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    const QList<ChartCard*> charts = section.statistics()->cards();
    REQUIRE(charts.size() == 2);
    const ChartData& byDay = charts.first()->data();
    REQUIRE(byDay.categories.size() == 31);
    CHECK(byDay.series.at(0).values.at(6) == 3); // 7 December
    CHECK(byDay.series.at(1).values.at(6) == 2);
    CHECK(charts.last()->data().series.at(0).values.at(2) == 3); // 09:00
    Test::saveScreenshot(Test::grabbed(section), "FIELDBOOK_TELESALES_SCREENSHOTS", u"telesales-statistics.png"_s);
    QTest::keyClick(&section, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier); // back to the queue

    // Undo takes the last call back, and its entry comes back to the screen.
    REQUIRE(desk.undo.canUndo());
    REQUIRE(desk.undo.undo());
    section.loadNext();
    REQUIRE(section.current());
    CHECK(section.current()->name == u"王芳"_s);
}

TEST_CASE("saving a call without its outcome says what is missing and writes nothing", "[ui][telesales]") {
    Desk desk;
    Test::UrlCatcher dialled(u"tel"_s);
    TelesalesSection section(desk.context);
    section.show();
    REQUIRE(section.current());
    section.dial();
    section.saveAndNext();
    CHECK(section.current()->name == u"Jana"_s);
    CHECK(ActivityRepository(desk.tmp.db()).forContact(desk.contacts[0])->isEmpty());
    CHECK(section.banner()->isVisible());
}

TEST_CASE("the telesales screen on a laptop and a large screen, light and dark, in two languages",
          "[ui][telesales][screenshots]") {
    struct Render {
        QSize screen;
        bool dark;
        bool chinese;
    };
    for (const Render& r : {Render{{1366, 768}, false, false}, Render{{1366, 768}, true, false},
                            Render{{1600, 1000}, false, true}, Render{{1366, 768}, true, true}}) {
        const Test::Language language(r.chinese);
        Desk desk;
        Test::UrlCatcher dialled(u"tel"_s);
        TelesalesSection section(desk.context);
        if (r.dark)
            section.setPalette(Test::darkPalette());
        section.resize(r.screen - QSize(160, 60)); // beside the navigation, under the menu bar
        section.show();
        REQUIRE(QTest::qWaitForWindowExposed(&section));
        REQUIRE(section.current());
        section.dial();
        desk.clock.advanceSecs(83);
        section.wrapUp()->setOutcome(CallOutcome::Callback);
        QTest::qWait(1100); // the timer shows the time once a second
        CHECK(section.wrapUp()->findChild<QLabel*>(u"callTimer"_s)->text() == u"1:23"_s);
        Test::saveScreenshot(Test::grabbed(section), "FIELDBOOK_TELESALES_SCREENSHOTS",
                             u"telesales-%1x%2-%3-%4.png"_s.arg(r.screen.width())
                                 .arg(r.screen.height())
                                 .arg(r.dark ? u"dark"_s : u"light"_s, r.chinese ? u"zh"_s : u"en"_s));
    }
}

TEST_CASE("power mode dials the next call after a short countdown, and Esc stops it", "[ui][telesales]") {
    Desk desk;
    REQUIRE(desk.tmp.db().setSetting(TelesalesSection::powerDelayKey(), u"1"_s));
    Test::UrlCatcher dialled(u"tel"_s);
    TelesalesSection section(desk.context);
    section.show();
    section.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&section));
    QTest::keyClick(&section, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier); // power mode on
    workCall(section, desk, Qt::Key_1, 30, u"Done"_s);
    REQUIRE(section.current());
    CHECK(section.isCountingDown());
    CHECK(dialled.urls().size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(dialled.urls().size(), 2, 3000); // Olaf, dialled without a key
    CHECK(dialled.urls().last() == QUrl(u"tel:+49302222222"_s));
    CHECK(section.wrapUp()->isTiming());

    QTest::keyClick(&section, Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(&section, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(section.isCountingDown());
    QTest::keyClick(&section, Qt::Key_Escape); // stop before the third is dialled
    CHECK_FALSE(section.isCountingDown());
    QTest::qWait(1500);
    CHECK(dialled.urls().size() == 2);
}
