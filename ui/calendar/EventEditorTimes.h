#pragma once

#include "calendar/CalendarTime.h"

#include <QTimeZone>
#include <QObject>

class QWidget;

class QCheckBox;
class QDateEdit;
class QLabel;
class QTimeEdit;

namespace Fieldbook {

class TimeZoneCombo;

/// When the event is: all-day or not, start and end (the end keeps the length when the start
/// moves), the time zone the times are in (the display zone for new events), and the same times in
/// the display zone when that differs ("16:00 – 17:00 in Asia/Shanghai"). The fields are children of
/// `parent` and stand in the editor's form.
class EventEditorTimes final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditorTimes)
public:
    EventEditorTimes(const QTimeZone& displayZone, QWidget* parent);

    /// Shows `start` and `end` (a floating or UTC time in the display zone, kept as it was unless
    /// the zone is changed).
    void setTimes(const CalendarTime& start, const CalendarTime& end);
    CalendarTime start() const;
    CalendarTime end() const;
    /// The start and end as instants, dates at midnight in the display zone.
    QDateTime startInstant() const;
    QDateTime endInstant() const;
    bool isAllDay() const;
    /// Why the times cannot be saved (the end before the start), or empty.
    QString problem() const;

    QCheckBox* allDayBox() const { return m_allDay; }
    QDateEdit* startDate() const { return m_startDate; }
    QTimeEdit* startTime() const { return m_startTime; }
    QDateEdit* endDate() const { return m_endDate; }
    QTimeEdit* endTime() const { return m_endTime; }
    TimeZoneCombo* zoneCombo() const { return m_zone; }
    /// Labels for the form ("Starts:", "Ends:", "Time zone:") and its rows.
    QWidget* startRow() const { return m_startRow; }
    QWidget* endRow() const { return m_endRow; }
    QLabel* hint() const { return m_hint; }

signals:
    void changed();

private:
    void onStartChanged();
    void onAllDayToggled(bool allDay);
    void updateHint();
    /// The wall clock of a date and time edit pair.
    static QDateTime wallClock(const QDateEdit* date, const QTimeEdit* time);
    CalendarTime valueOf(const QDateEdit* date, const QTimeEdit* time) const;

    QTimeZone m_displayZone;
    QCheckBox* m_allDay;
    QWidget* m_startRow;
    QDateEdit* m_startDate;
    QTimeEdit* m_startTime;
    QWidget* m_endRow;
    QDateEdit* m_endDate;
    QTimeEdit* m_endTime;
    TimeZoneCombo* m_zone;
    QLabel* m_hint;
    CalendarTime::Kind m_loadedKind = CalendarTime::Kind::Zoned;
    QByteArray m_loadedZone;
    /// The length kept when the start moves: minutes for timed events, days for all-day ones.
    qint64 m_length = 60;
    bool m_loading = false;
};

} // namespace Fieldbook
