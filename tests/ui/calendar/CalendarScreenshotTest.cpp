// Renders the calendar as a rep sees it, on a 1366x768 laptop and a 2560x1440 monitor, with a light
// and a dark palette, and checks that every entry stays readable: a box of its own inside its day
// column, at least one line tall and a few words wide, or counted in a "+N". With the environment
// variable FIELDBOOK_CALENDAR_SCREENSHOTS set to a folder, the renders are saved there as
// cal-<view>-<screen>-<palette>.png to look at.
#include "CalendarViewFixture.h"
#include "Screenshots.h"
#include "StringMakers.h"

#include <QImage>
#include <QPainter>

using namespace Fieldbook;

namespace {
const QDate monday(2026, 12, 7);

/// The week of a busy rep: thirty entries on Tuesday, a stand-up every morning, visits, busy blocks
/// of colleagues, entries over several days in the all-day strip and one over midnight.
QList<CalendarEntry> demoWeek() {
    QList<CalendarEntry> entries = Test::busyDay(monday.addDays(1));
    for (int day = 0; day < 5; ++day) {
        CalendarEntry standup = Test::timedEntry(u"standup-%1"_s.arg(day), u"Team stand-up"_s, monday.addDays(day),
                                                 QTime(8, 45), QTime(9, 0));
        standup.recurring = true;
        entries.append(standup);
    }
    CalendarEntry visit = Test::timedEntry(u"visit"_s, u"拜访上海浦东新区张江高科技园区的长期合作客户"_s,
                                           monday.addDays(2), QTime(10, 0), QTime(12, 30));
    visit.kind = CalendarEntry::Kind::Visit;
    visit.location = u"上海市浦东新区张江路 88 号"_s;
    visit.ownerName = u"王芳"_s;
    visit.conflictWith = u"Quarterly review"_s;
    CalendarEntry review =
        Test::timedEntry(u"review"_s, u"Quarterly review"_s, monday.addDays(2), QTime(11, 0), QTime(12, 0));
    review.conflictWith = visit.title;
    review.isPrivate = true;
    CalendarEntry busy = Test::timedEntry(u"busy"_s, {}, monday.addDays(3), QTime(13, 0), QTime(15, 0));
    busy.kind = CalendarEntry::Kind::Busy;
    busy.readOnly = true;
    CalendarEntry call = Test::timedEntry(u"call"_s, u"Call Nordlicht GmbH about the offer"_s, monday.addDays(3),
                                          QTime(14, 0), QTime(14, 30));
    call.kind = CalendarEntry::Kind::Call;
    call.tentative = true;
    CalendarEntry night =
        Test::timedEntry(u"night"_s, u"Overnight train to Munich"_s, monday.addDays(4), QTime(22, 0), QTime(0, 0));
    night.end = QDateTime(monday.addDays(5), QTime(6, 30), Test::berlin());
    CalendarEntry task =
        Test::timedEntry(u"task"_s, u"Send the quote to 苏州智远"_s, monday.addDays(4), QTime(16, 0), QTime(16, 0));
    task.kind = CalendarEntry::Kind::Task;
    entries << visit << review << busy << call << night << task
            << Test::allDayEntry(u"fair"_s, u"Trade fair Hannover"_s, monday, monday.addDays(3))
            << Test::allDayEntry(u"trip"_s, u"出差 上海"_s, monday.addDays(1), monday.addDays(5))
            << Test::allDayEntry(u"holiday"_s, u"Company holiday"_s, monday.addDays(3), monday.addDays(4))
            << Test::allDayEntry(u"birthday"_s, u"Birthday Hannah Weber"_s, monday.addDays(3), monday.addDays(4));
    return entries;
}

QImage render(QWidget& widget) {
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    widget.render(&image);
    return image;
}

/// Every entry on the grid's days has a box inside its day column or is counted in a "+N"; boxes
/// never overlap and are readable.
void checkReadable(const CalendarTimeGrid& grid) {
    const CalendarGridLayout& layout = grid.entryLayout();
    const int line = grid.fontMetrics().height();
    for (int a = 0; a < layout.boxes().size(); ++a) {
        const auto& box = layout.boxes().at(a);
        INFO(grid.entries().at(box.entry).key.toStdString());
        CHECK(box.rect.height() >= line);
        CHECK(box.rect.width() >= 3 * grid.fontMetrics().averageCharWidth());
        CHECK(box.rect.right() < grid.viewport()->width());
        for (int b = a + 1; b < layout.boxes().size(); ++b)
            CHECK_FALSE(box.rect.intersects(layout.boxes().at(b).rect));
    }
    QSet<QString> counted;
    for (const auto& box : layout.boxes())
        counted.insert(grid.entries().at(box.entry).key);
    for (const auto& more : layout.mores())
        for (const int entry : more.entries)
            counted.insert(grid.entries().at(entry).key);
    for (const auto& bar : layout.bars())
        counted.insert(grid.entries().at(bar.entry).key);
    for (const auto& day : layout.allDayMore())
        for (const int entry : day)
            counted.insert(grid.entries().at(entry).key);
    for (const CalendarEntry& entry : grid.entries())
        if (entry.firstDate() <= grid.days().last() && entry.lastDateExclusive() > grid.days().first())
            CHECK(counted.contains(entry.key));
}
} // namespace

TEST_CASE("the calendar stays readable on a laptop and a large monitor, light and dark", "[ui][calendar]") {
    const struct {
        const char* name;
        QSize size; // the calendar's share of the screen, beside the navigation and under the toolbar
    } screens[] = {{"1366x768", {1166, 640}}, {"2560x1440", {2360, 1300}}};
    Test::FixedClock clock(QDateTime(monday.addDays(2), QTime(11, 20), Test::berlin()));
    for (const auto& screen : screens) {
        for (const bool dark : {false, true}) {
            INFO(screen.name << (dark ? " dark" : " light"));
            CalendarView view;
            view.setLocale(QLocale(QLocale::German, QLocale::Germany));
            view.setDisplayZone(Test::berlin());
            if (dark)
                view.setPalette(Test::darkPalette());
            view.setDate(monday.addDays(2));
            view.resize(screen.size);
            view.show();
            REQUIRE(QTest::qWaitForWindowExposed(&view));
            view.setEntries(demoWeek());
            const QString suffix = u"-%1-%2.png"_s.arg(QString::fromLatin1(screen.name), dark ? u"dark"_s : u"light"_s);
            for (const CalendarMode mode : {CalendarMode::Week, CalendarMode::Day, CalendarMode::Month,
                                            CalendarMode::Agenda, CalendarMode::WorkWeek}) {
                view.setMode(mode);
                if (mode == CalendarMode::Day)
                    view.setDate(monday.addDays(1));
                if (mode == CalendarMode::Agenda)
                    view.setDate(monday);
                Test::settle();
                if (mode == CalendarMode::Week || mode == CalendarMode::Day || mode == CalendarMode::WorkWeek)
                    checkReadable(*view.timeGrid());
                const QImage image = render(view);
                CHECK(image.size() == screen.size);
                Test::saveScreenshot(image, "FIELDBOOK_CALENDAR_SCREENSHOTS",
                                     u"cal-"_s + CalendarText::modeName(mode).toLower().remove(u' ') + suffix);
                view.setDate(monday.addDays(2));
            }
        }
    }
}
