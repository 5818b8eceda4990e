#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;
class QToolButton;

namespace Fieldbook {

/// The reminders of a task: a list of offsets before its due time, with presets to add ("15
/// minutes before", "1 day before"; for a task due on a date "at 09:00 on the day") and a button
/// that removes the selected one. Offsets are minutes before, as CalendarTask::reminders holds them.
class ReminderOffsetsEdit final : public QWidget {
    Q_OBJECT
public:
    explicit ReminderOffsetsEdit(QWidget* parent = nullptr);

    void setOffsets(QList<int> minutes);
    QList<int> offsets() const { return m_offsets; }
    /// Due on a date without a time: offsets count from its midnight and read as times of day.
    void setAllDay(bool allDay);
    void addOffset(int minutes);
    void removeSelected();

signals:
    void changed();

private:
    void refill();
    void fillPresets();

    QList<int> m_offsets;
    bool m_allDay = false;
    QListWidget* m_list;
    QComboBox* m_add;
    QToolButton* m_remove;
};

} // namespace Fieldbook
