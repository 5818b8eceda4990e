#include "TaskText.h"

#include "activities/ActivityText.h"

#include <QPalette>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QColor mixed(const QColor& text, const QColor& accent) {
    const auto mix = [](int a, int b) {
        return (a + 3 * b) / 4;
    };
    return QColor(mix(text.red(), accent.red()), mix(text.green(), accent.green()), mix(text.blue(), accent.blue()));
}

/// Whole minutes from `a` to `b`, rounded towards the nearer minute.
qint64 minutesBetween(const QDateTime& a, const QDateTime& b) {
    return qint64(std::llround(double(a.secsTo(b)) / 60.0));
}

} // namespace

QString TaskText::shortTime(QTime time, const QLocale& locale) {
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    return locale.toString(time, locale.timeFormat(QLocale::ShortFormat).remove(seconds));
}

QString TaskText::shortDate(QDate date, QDate today, const QLocale& locale) {
    if (date.year() != today.year())
        return locale.toString(date, QLocale::ShortFormat);
    // The year and the separator joining it to the day and month, at either end of the format.
    static const QRegularExpression year(u"^y+[^dMy]*|[^dMy]*y+$"_s);
    return locale.toString(date, locale.dateFormat(QLocale::ShortFormat).remove(year));
}

QString TaskText::shortDateTime(const QDateTime& when, const QLocale& locale) {
    return tr("%1 %2", "date and time")
        .arg(locale.toString(when.date(), QLocale::ShortFormat), shortTime(when.time(), locale));
}

QString TaskText::dueText(const QDateTime& due, bool allDay, const QDateTime& now, const QLocale& locale) {
    if (!due.isValid())
        return {};
    const QDate today = now.toTimeZone(due.timeZone()).date();
    const qint64 days = today.daysTo(due.date());
    const QString time = shortTime(due.time(), locale);
    if (days == 0)
        return allDay ? tr("today") : tr("today %1").arg(time);
    if (days == 1)
        return allDay ? tr("tomorrow") : tr("tomorrow %1").arg(time);
    if (days == -1)
        return allDay ? tr("yesterday") : tr("yesterday %1").arg(time);
    QString date = days > 1 && days < 7 ? locale.standaloneDayName(due.date().dayOfWeek(), QLocale::LongFormat)
                                        : shortDate(due.date(), today, locale);
    return allDay ? date : tr("%1 %2", "date and time").arg(date, time);
}

QString TaskText::reminderWhen(const QDateTime& startsAt, bool allDay, bool ofTask, const QDateTime& now,
                               const QLocale& locale) {
    if (allDay) {
        const QDateTime local = startsAt.toTimeZone(now.timeZone());
        return dueText(local, true, now, locale);
    }
    const qint64 minutes = minutesBetween(now, startsAt);
    if (minutes == 0)
        return tr("now");
    const QString span = spanText(std::abs(minutes));
    if (minutes > 0)
        return tr("in %1").arg(span);
    return ofTask ? tr("due %1 ago").arg(span) : tr("started %1 ago").arg(span);
}

QString TaskText::spanText(qint64 minutes) {
    constexpr qint64 kDay = 24 * 60;
    if (minutes >= kDay)
        return tr("%n day(s)", "", int((minutes + kDay / 2) / kDay));
    if (minutes >= 3 * 60)
        return tr("%n h", "", int((minutes + 30) / 60));
    return ActivityText::durationText(int(minutes));
}

QString TaskText::groupTitle(TaskListModel::Group group) {
    switch (group) {
    case TaskListModel::Group::Overdue:
        return tr("Overdue");
    case TaskListModel::Group::Today:
        return tr("Today");
    case TaskListModel::Group::Upcoming:
        return tr("Upcoming");
    case TaskListModel::Group::NoDate:
        return tr("No date");
    case TaskListModel::Group::Done:
        break;
    }
    return tr("Done");
}

QString TaskText::reminderOffset(int minutesBefore, bool allDay, const QLocale& locale) {
    if (allDay) {
        // Before the due date's midnight: a time of day on that day or on a day before it.
        const int days = minutesBefore <= 0 ? 0 : (minutesBefore + 24 * 60 - 1) / (24 * 60);
        const int sinceMidnight = days * 24 * 60 - minutesBefore;
        const QString time = shortTime(QTime(0, 0).addSecs(qint64(sinceMidnight % (24 * 60)) * 60), locale);
        if (days == 0)
            return tr("at %1 on the day").arg(time);
        if (days == 1)
            return tr("at %1 the day before").arg(time);
        return tr("at %1, %n days before", "", days).arg(time);
    }
    if (minutesBefore == 0)
        return tr("at the due time");
    if (minutesBefore < 0)
        return tr("%1 after").arg(ActivityText::durationText(-minutesBefore));
    if (minutesBefore % (24 * 60) == 0)
        return tr("%n day(s) before", "", minutesBefore / (24 * 60));
    if (minutesBefore % 60 == 0)
        return tr("%n hour(s) before", "", minutesBefore / 60);
    if (minutesBefore < 60)
        return tr("%n minute(s) before", "", minutesBefore);
    return tr("%1 before").arg(ActivityText::durationText(minutesBefore));
}

QColor TaskText::warningText(const QPalette& palette) {
    return mixed(palette.color(QPalette::Text), QColor(218, 68, 83));
}

QColor TaskText::positiveText(const QPalette& palette) {
    return mixed(palette.color(QPalette::Text), QColor(39, 174, 96));
}

QColor TaskText::accentText(const QPalette& palette) {
    return mixed(palette.color(QPalette::Text), QColor(42, 130, 218));
}

} // namespace Fieldbook
