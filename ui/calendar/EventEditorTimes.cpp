#include "EventEditorTimes.h"

#include "TimeZoneCombo.h"

#include "CalendarText.h"

#include <QRegularExpression>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// A date and a time side by side; the start row has "All day" after them, the end row as much
/// room, so that the fields line up.
QWidget* pairRow(QWidget* parent, QDateEdit* date, QTimeEdit* time, QCheckBox* allDay, bool withBox) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(date, 3);
    layout->addWidget(time, 2);
    if (withBox)
        layout->addWidget(allDay);
    else
        layout->addSpacing(allDay->sizeHint().width() + layout->spacing());
    return row;
}

} // namespace

EventEditorTimes::EventEditorTimes(const QTimeZone& displayZone, QWidget* parent)
    : QObject(parent)
    , m_displayZone(displayZone)
    , m_allDay(new QCheckBox(tr("All da&y"), parent))
    , m_startDate(new QDateEdit(parent))
    , m_startTime(new QTimeEdit(parent))
    , m_endDate(new QDateEdit(parent))
    , m_endTime(new QTimeEdit(parent))
    , m_zone(new TimeZoneCombo(parent))
    , m_hint(new QLabel(parent)) {
    setObjectName(u"eventTimes"_s);
    m_allDay->setObjectName(u"allDayCheck"_s);
    m_startDate->setObjectName(u"startDateEdit"_s);
    m_startTime->setObjectName(u"startTimeEdit"_s);
    m_endDate->setObjectName(u"endDateEdit"_s);
    m_endTime->setObjectName(u"endTimeEdit"_s);
    m_zone->setObjectName(u"zoneCombo"_s);
    m_hint->setObjectName(u"zoneHint"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    const QLocale locale = parent->locale();
    for (QDateEdit* date : {m_startDate, m_endDate}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    }
    for (QTimeEdit* time : {m_startTime, m_endTime})
        time->setDisplayFormat(locale.timeFormat(QLocale::ShortFormat).remove(QRegularExpression(u"[:.]ss?"_s)));
    m_startRow = pairRow(parent, m_startDate, m_startTime, m_allDay, true);
    m_endRow = pairRow(parent, m_endDate, m_endTime, m_allDay, false);
    connect(m_startDate, &QDateEdit::dateChanged, this, &EventEditorTimes::onStartChanged);
    connect(m_startTime, &QTimeEdit::timeChanged, this, &EventEditorTimes::onStartChanged);
    const auto endEdited = [this] {
        if (m_loading)
            return;
        m_length = isAllDay() ? m_startDate->date().daysTo(m_endDate->date())
                              : wallClock(m_startDate, m_startTime).secsTo(wallClock(m_endDate, m_endTime)) / 60;
        updateHint();
        emit changed();
    };
    connect(m_endDate, &QDateEdit::dateChanged, this, endEdited);
    connect(m_endTime, &QTimeEdit::timeChanged, this, endEdited);
    connect(m_allDay, &QCheckBox::toggled, this, &EventEditorTimes::onAllDayToggled);
    connect(m_zone, &TimeZoneCombo::zoneChanged, this, [this] {
        updateHint();
        emit changed();
    });
}

QDateTime EventEditorTimes::wallClock(const QDateEdit* date, const QTimeEdit* time) {
    return QDateTime(date->date(), time->time(), QTimeZone::utc());
}

void EventEditorTimes::setTimes(const CalendarTime& start, const CalendarTime& end) {
    m_loading = true;
    m_loadedKind = start.kind;
    m_loadedZone = start.kind == CalendarTime::Kind::Zoned ? start.zone
                   : start.kind == CalendarTime::Kind::Utc ? QByteArray("UTC")
                                                           : m_displayZone.id();
    m_zone->setZoneId(m_loadedZone);
    const bool allDay = start.isAllDay();
    m_allDay->setChecked(allDay);
    m_zone->setEnabled(!allDay); // dates are the same everywhere
    m_startTime->setVisible(!allDay);
    m_endTime->setVisible(!allDay);
    m_startDate->setDate(start.date);
    m_startTime->setTime(allDay ? QTime(9, 0) : start.time);
    const CalendarTime last = end.isValid() ? end : start;
    if (allDay) {
        m_endDate->setDate(std::max(start.date, last.date.addDays(-1))); // the form shows the last day
        m_endTime->setTime(QTime(10, 0));
        m_length = m_startDate->date().daysTo(m_endDate->date());
    } else {
        // The end on the start's clock (an imported DTEND may name another zone).
        const QDateTime endWall = last.toDateTime(m_displayZone).toTimeZone(start.toDateTime(m_displayZone).timeZone());
        m_endDate->setDate(endWall.date());
        m_endTime->setTime(endWall.time());
        m_length = wallClock(m_startDate, m_startTime).secsTo(wallClock(m_endDate, m_endTime)) / 60;
    }
    m_loading = false;
    updateHint();
}

void EventEditorTimes::onStartChanged() {
    if (m_loading)
        return;
    m_loading = true;
    if (isAllDay()) {
        m_endDate->setDate(m_startDate->date().addDays(std::max<qint64>(0, m_length)));
    } else {
        const QDateTime end = wallClock(m_startDate, m_startTime).addSecs(std::max<qint64>(0, m_length) * 60);
        m_endDate->setDate(end.date());
        m_endTime->setTime(end.time());
    }
    m_loading = false;
    updateHint();
    emit changed();
}

void EventEditorTimes::onAllDayToggled(bool allDay) {
    m_startTime->setVisible(!allDay);
    m_endTime->setVisible(!allDay);
    m_zone->setEnabled(!allDay);
    if (m_loading)
        return;
    m_loading = true;
    if (allDay) {
        m_length = std::max<qint64>(0, m_startDate->date().daysTo(m_endDate->date()));
        m_endDate->setDate(m_startDate->date().addDays(m_length));
    } else {
        m_length = 60;
        const QDateTime end = wallClock(m_startDate, m_startTime).addSecs(3600);
        m_endDate->setDate(end.date());
        m_endTime->setTime(end.time());
    }
    m_loading = false;
    updateHint();
    emit changed();
}

bool EventEditorTimes::isAllDay() const {
    return m_allDay->isChecked();
}

CalendarTime EventEditorTimes::valueOf(const QDateEdit* date, const QTimeEdit* time) const {
    const QByteArray zone = m_zone->zoneId();
    if (zone == m_loadedZone && m_loadedKind == CalendarTime::Kind::Floating)
        return CalendarTime::floating(date->date(), time->time());
    if (zone == m_loadedZone && m_loadedKind == CalendarTime::Kind::Utc)
        return CalendarTime::utc(QDateTime(date->date(), time->time(), QTimeZone::utc()));
    return CalendarTime::zoned(date->date(), time->time(), zone.isEmpty() ? m_displayZone.id() : zone);
}

CalendarTime EventEditorTimes::start() const {
    if (isAllDay())
        return CalendarTime::ofDate(m_startDate->date());
    return valueOf(m_startDate, m_startTime);
}

CalendarTime EventEditorTimes::end() const {
    if (isAllDay())
        return CalendarTime::ofDate(std::max(m_endDate->date(), m_startDate->date()).addDays(1));
    return valueOf(m_endDate, m_endTime);
}

QDateTime EventEditorTimes::startInstant() const {
    return start().toDateTime(m_displayZone);
}

QDateTime EventEditorTimes::endInstant() const {
    return end().toDateTime(m_displayZone);
}

QString EventEditorTimes::problem() const {
    if (isAllDay() ? m_endDate->date() < m_startDate->date() : endInstant() < startInstant())
        return tr("The event ends before it starts.");
    return {};
}

void EventEditorTimes::updateHint() {
    const bool elsewhere =
        !isAllDay() && start().kind == CalendarTime::Kind::Zoned &&
        QTimeZone(start().zone).offsetFromUtc(startInstant()) != m_displayZone.offsetFromUtc(startInstant());
    m_hint->setVisible(elsewhere);
    if (!elsewhere)
        return;
    const QLocale locale = m_hint->locale();
    const QDateTime from = startInstant().toTimeZone(m_displayZone);
    const QDateTime to = endInstant().toTimeZone(m_displayZone);
    QString begin = CalendarText::clock(from.time(), locale);
    if (from.date() != m_startDate->date()) // another day there
        begin = locale.toString(from.date(), QLocale::ShortFormat) + u' ' + begin;
    m_hint->setText(tr("%1 – %2 in your time zone (%3)")
                        .arg(begin, CalendarText::clock(to.time(), locale), QString::fromUtf8(m_displayZone.id())));
}

} // namespace Fieldbook
