#pragma once

#include "calendar/CalendarEntry.h"
#include "common/Clock.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTimeZone>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

inline QTimeZone berlin() {
    return QTimeZone("Europe/Berlin");
}

/// A timed entry in Berlin time.
inline CalendarEntry timedEntry(const QString& key, const QString& title, QDate date, QTime from, QTime to) {
    CalendarEntry entry;
    entry.key = key;
    entry.title = title;
    entry.start = QDateTime(date, from, berlin());
    entry.end = QDateTime(to == QTime(0, 0) ? date.addDays(1) : date, to, berlin());
    return entry;
}

inline CalendarEntry allDayEntry(const QString& key, const QString& title, QDate first, QDate lastExclusive) {
    CalendarEntry entry;
    entry.key = key;
    entry.title = title;
    entry.allDay = true;
    entry.start = QDateTime(first, QTime(0, 0), berlin());
    entry.end = QDateTime(lastExclusive, QTime(0, 0), berlin());
    return entry;
}

/// Thirty entries on `day` as a busy rep has them: visits, calls and meetings from 07:30 to 19:00,
/// many overlapping, some with Chinese titles, overlap warnings, busy blocks of colleagues, a
/// private, a tentative, a cancelled and a recurring one.
inline QList<CalendarEntry> busyDay(QDate day) {
    const QStringList titles = {
        u"拜访苏州智远科技"_s, u"Quarterly review with Hannah Weber"_s,
        u"电话：报价跟进"_s,   u"Demo for Nordlicht GmbH"_s,
        u"Team stand-up"_s,    u"与王经理午餐"_s,
        u"Call back Müller"_s, u"Pipeline review"_s,
        u"上海客户视频会议"_s, u"Site visit Leipzig"_s,
    };
    QList<CalendarEntry> entries;
    for (int i = 0; i < 30; ++i) {
        const QTime from = QTime(7, 30).addSecs((i * 17 % 46) * 15 * 60); // 07:30 .. 18:45 in steps of 15 min
        const QTime to = from.addSecs((2 + i % 5) * 15 * 60);
        CalendarEntry entry = timedEntry(u"busy-%1"_s.arg(i), titles.at(i % titles.size()), day, from, to);
        entry.kind = CalendarEntry::Kind(i % 4);
        entry.location = i % 3 == 0 ? u"苏州工业园区星湖街 328 号"_s : u"Room %1"_s.arg(i);
        entry.ownerName = i % 2 ? u"Anna Schmidt"_s : u"李伟"_s;
        if (i % 7 == 3)
            entry.conflictWith = titles.at((i + 1) % titles.size());
        if (i % 9 == 4) {
            entry.kind = CalendarEntry::Kind::Busy;
            entry.readOnly = true;
            entry.title.clear();
        }
        entry.isPrivate = i == 5;
        entry.tentative = i == 6;
        entry.cancelled = i == 8;
        entry.recurring = i % 10 == 4 || i == 11;
        entries.append(entry);
    }
    return entries;
}

/// Makes the clock say `at` (Berlin time) until the object is gone.
class FixedClock {
public:
    explicit FixedClock(const QDateTime& at) {
        const qint64 ms = at.toMSecsSinceEpoch();
        Clock::setSource([ms] { return ms; });
    }
    ~FixedClock() { Clock::setSource({}); }
    FixedClock(const FixedClock&) = delete;
    FixedClock& operator=(const FixedClock&) = delete;
};

inline void sendMouse(QWidget* widget, QEvent::Type type, const QPoint& pos, Qt::MouseButton button,
                      Qt::MouseButtons buttons) {
    QMouseEvent event(type, QPointF(pos), QPointF(widget->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

/// Presses at `from`, moves to `to` in a few steps with the button held, and releases there unless
/// `release` is false.
inline void dragMouse(QWidget* widget, const QPoint& from, const QPoint& to, bool release = true) {
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        sendMouse(widget, QEvent::MouseMove, from + (to - from) * step / 4, Qt::NoButton, Qt::LeftButton);
    if (release)
        sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

} // namespace Fieldbook::Test
