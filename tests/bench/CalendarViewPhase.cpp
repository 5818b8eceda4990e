#include "CalendarViewPhase.h"

#include "BenchTimer.h"
#include "calendar/CalendarView.h"

#include <QImage>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {
QDate benchMonday() {
    return {2026, 12, 7};
}

/// A fixed sequence, so that every run paints the same calendar.
class Sequence {
public:
    int next(int bound) {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((m_state >> 33) % quint64(bound));
    }

private:
    quint64 m_state = 20261207;
};

CalendarEntry benchEntry(Sequence& random, QDate monday, int index, const QTimeZone& zone) {
    static const QStringList titles = {u"Visit Nordlicht GmbH"_s, u"拜访苏州智远科技"_s, u"Call back Müller"_s,
                                       u"Pipeline review"_s,      u"电话：报价跟进"_s,   u"Team stand-up"_s};
    CalendarEntry entry;
    entry.key = u"bench-%1|"_s.arg(index);
    entry.title = titles.at(random.next(int(titles.size())));
    entry.location = random.next(3) == 0 ? u"苏州工业园区星湖街 328 号"_s : u"Room %1"_s.arg(random.next(40));
    entry.ownerName = random.next(2) ? u"Anna Schmidt"_s : u"李伟"_s;
    entry.kind = CalendarEntry::Kind(random.next(6));
    entry.readOnly = entry.kind == CalendarEntry::Kind::Busy;
    entry.recurring = random.next(5) == 0;
    entry.isPrivate = random.next(20) == 0;
    if (random.next(10) == 0)
        entry.conflictWith = titles.at(random.next(int(titles.size())));
    const QDate day = monday.addDays(random.next(7));
    if (random.next(20) == 0) {
        entry.allDay = true;
        entry.start = QDateTime(day, QTime(0, 0), zone);
        entry.end = QDateTime(day.addDays(1 + random.next(3)), QTime(0, 0), zone);
        return entry;
    }
    entry.start = QDateTime(day, QTime(7, 0).addSecs(random.next(48) * 15 * 60), zone);
    entry.end = entry.start.addSecs((1 + random.next(8)) * 15 * 60);
    return entry;
}
} // namespace

QList<CalendarEntry> calendarBenchEntries(QDate monday, int count) {
    const QTimeZone zone("Europe/Berlin");
    Sequence random;
    QList<CalendarEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i)
        entries.append(benchEntry(random, monday, i, zone));
    return entries;
}

double layoutAndPaintMs(CalendarMode mode, QDate date, const QList<CalendarEntry>& entries) {
    CalendarView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setLocale(QLocale(QLocale::German, QLocale::Germany));
    view.setDisplayZone(QTimeZone("Europe/Berlin"));
    view.setMode(mode);
    view.setDate(date);
    view.resize(1366, 768);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    Samples runs;
    for (int run = 0; run < 6; ++run) {
        view.setEntries({});
        QElapsedTimer timer;
        timer.start();
        view.setEntries(entries);
        view.render(&image);
        if (run > 0) // the first run warms the font caches
            runs.add(elapsedMs(timer));
    }
    return runs.percentile(50);
}

double layoutAndPaintWeekMs(int entries) {
    return layoutAndPaintMs(CalendarMode::Week, benchMonday(), calendarBenchEntries(benchMonday(), entries));
}

double layoutAndPaintMonthMs(int entries) {
    return layoutAndPaintMs(CalendarMode::Month, benchMonday(), calendarBenchEntries(benchMonday(), entries));
}

} // namespace Fieldbook::Bench
