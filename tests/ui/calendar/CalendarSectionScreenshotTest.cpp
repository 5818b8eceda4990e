// Renders the Calendar section over a demo store, and the event editor for a new and a recurring
// event, at 1366x768 and 1600x1000, light and dark, in English and Chinese, and checks what must
// hold at every size: the editor fits the screen, its first column is in view without scrolling,
// the repetition reads as a sentence and the overlap warning shows. With the environment variable
// FIELDBOOK_CALENDAR_SCREENSHOTS set to a folder the renders are saved there as
// section-<view>-<screen>-<palette>-<language>.png and editor-<kind>-...png. For the Chinese renders,
// FIELDBOOK_SCREENSHOT_TRANSLATIONS may name a file of "context<TAB>source<TAB>translation" lines
// for texts the translation does not have yet.
#include "StringMakers.h"

#include "CalendarSectionFixture.h"
#include "Screenshots.h"

#include "ScreenshotLanguage.h"
#include "calendar/EventEditor.h"
#include "calendar/OccurrenceScopeDialog.h"
#include "calendar/RecurrenceEditor.h"
#include "services/DemoDataService.h"
#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>

using namespace Fieldbook;

namespace {

const QDate kWednesday(2026, 12, 9);

void save(QWidget* widget, const QString& name) {
    Test::saveScreenshot(Test::grabbed(*widget), "FIELDBOOK_CALENDAR_SCREENSHOTS", name);
}

/// The editor fits `screen`, its first column is in view without scrolling sideways.
void checkEditorFits(EventEditorDialog* dialog, QSize screen) {
    CHECK(dialog->width() <= screen.width());
    CHECK(dialog->height() <= screen.height());
    auto* scroll = dialog->findChild<QScrollArea*>();
    REQUIRE(scroll);
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    for (const char* name :
         {"titleEdit", "startDateEdit", "zoneCombo", "locationEdit", "repeatCombo", "accountPicker"}) {
        INFO(name);
        auto* field = dialog->findChild<QWidget*>(QString::fromLatin1(name));
        REQUIRE(field);
        const QRect inView(field->mapTo(scroll->viewport(), QPoint(0, 0)), field->size());
        CHECK(scroll->viewport()->rect().contains(inView));
    }
}

struct Render {
    QSize screen;
    bool dark;
    bool chinese;
    QString suffix() const {
        return u"-%1x%2-%3-%4.png"_s.arg(screen.width())
            .arg(screen.height())
            .arg(dark ? u"dark"_s : u"light"_s, chinese ? u"zh"_s : u"en"_s);
    }
};

void renderEditor(Test::CalendarSectionFixture& f, const Render& r, const OccurrenceOf& occurrence,
                  const QString& kind) {
    EventEditorDialog dialog(f.context, Test::berlin(), occurrence, f.section.get());
    dialog.resize(dialog.preferredSize(r.screen - QSize(0, 40))); // as on that screen, under a panel
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    Test::settle();
    checkEditorFits(&dialog, r.screen);
    if (occurrence.inSeries())
        CHECK_FALSE(dialog.findChild<QLabel*>(u"repeatSentence"_s)->text().isEmpty());
    save(&dialog, u"editor-"_s + kind + r.suffix());
    dialog.done(QDialog::Rejected);
}

} // namespace

TEST_CASE("the calendar section and the event editor on a laptop and a large screen, light and dark, in two "
          "languages",
          "[ui][calendar][section][screenshots]") {
    for (const Render& r :
         {Render{{1366, 768}, false, false}, Render{{1366, 768}, true, false}, Render{{1600, 1000}, false, false},
          Render{{1600, 1000}, true, true}, Render{{1366, 768}, false, true}}) {
        INFO(r.suffix().toStdString());
        const Test::Language language(r.chinese);
        Test::CalendarSectionFixture f;
        DemoRequest demo;
        demo.accounts = 40;
        demo.contacts = 120;
        demo.events = 400;
        demo.seed = 3;
        demo.nowMs = QDateTime(kWednesday, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        REQUIRE(DemoDataService::generate(f.tmp.db(), demo));
        if (r.chinese)
            f.section->setLocale(QLocale(QLocale::Chinese, QLocale::China));
        if (r.dark)
            f.section->setPalette(Test::darkPalette());
        f.section->resize(r.screen - QSize(160, 60)); // beside the navigation, under the menu bar
        f.section->reload();
        Test::settle();
        REQUIRE_FALSE(f.view()->entries().isEmpty());
        save(f.section.get(), u"section-week"_s + r.suffix());
        f.view()->setMode(CalendarMode::Month);
        Test::settle();
        save(f.section.get(), u"section-month"_s + r.suffix());
        f.view()->setMode(CalendarMode::Week);

        // A new event over a demo meeting: the warning names it.
        const CalendarEntry busy = [&] {
            for (const CalendarEntry& e : f.view()->entries())
                if (!e.allDay && !e.readOnly && e.kind != CalendarEntry::Kind::Busy && !e.cancelled)
                    return e;
            return CalendarEntry{};
        }();
        REQUIRE_FALSE(busy.key.isEmpty());
        CalendarEvent draft;
        draft.start = CalendarTime::zoned(busy.start.date(), busy.start.time(), "Europe/Berlin");
        draft.end = CalendarTime::zoned(busy.end.date(), busy.end.time(), "Europe/Berlin");
        draft.ownerId = f.section->occurrence(busy.key)->event->ownerId;
        draft.reminders = {15};
        renderEditor(f, r, {draft, {}, std::nullopt}, u"new"_s);
        // A demo series' occurrence.
        const auto series = std::find_if(f.view()->entries().cbegin(), f.view()->entries().cend(),
                                         [](const CalendarEntry& e) { return e.recurring; });
        REQUIRE(series != f.view()->entries().cend());
        const Occurrence o = *f.section->occurrence(series->key);
        renderEditor(f, r, {*o.event, o.seriesId, o.recurrenceId}, u"recurring"_s);
        OccurrenceScopeDialog scope(f.section.get(), OccurrenceScopeDialog::Purpose::Delete, o.event->title, true);
        scope.show();
        REQUIRE(QTest::qWaitForWindowExposed(&scope));
        save(&scope, u"scope"_s + r.suffix());
    }
}
