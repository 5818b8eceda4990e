#pragma once

#include "domain/CalendarEvent.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Fieldbook {

class AccountPicker;
class Database;
class EventEditorAttendees;
class RecordLinkPicker;
class EventEditorReminders;
class EventEditorTimes;
class RecurrenceEditor;

/// The fields of one event (docs/calendar-section.md): title, kind, times and zone, location,
/// status, private, busy, reminders, repetition, links to an account, contact, lead and
/// opportunity, attendees, description. Two columns in a scroll area, so that it fits a 1366x768
/// laptop. EventEditorDialog puts it in a dialog with the overlap warning and Save.
class EventEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditor)
public:
    EventEditor(Database& db, const QTimeZone& displayZone, QWidget* parent = nullptr);

    /// Shows `event`: the values of one occurrence, with its series' rules for an occurrence of a
    /// series (`rules`, `ownDates`), which the repetition shows.
    void setEvent(const CalendarEvent& event, const QStringList& rules, bool ownDates);
    /// The event as edited, from the one shown; nothing (and `problem`) when it cannot be saved.
    std::optional<CalendarEvent> event(QString* problem) const;
    bool isDirty() const { return m_dirty; }
    void setReadOnly(bool readOnly);
    void focusTitle();

    /// What the overlap check needs: the chosen time and the people whose time it takes.
    QDateTime startInstant() const;
    QDateTime endInstant() const;
    bool takesTime() const;
    QStringList people() const;

    EventEditorTimes* times() const { return m_times; }
    RecurrenceEditor* recurrence() const { return m_recurrence; }
    EventEditorReminders* reminders() const { return m_reminders; }
    EventEditorAttendees* attendees() const { return m_attendees; }

signals:
    /// The time, the attendees or "show as busy" changed: what the overlap check reads.
    void timesChanged();
    void dirtyChanged(bool dirty);

private:
    void createFields();
    QWidget* createLeftColumn();
    QWidget* createRightColumn();
    void connectFields();
    void markDirty();
    void fillStatuses(EventStatus current);

    Database& m_db;
    QTimeZone m_displayZone;
    CalendarEvent m_loaded;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_status;
    EventEditorTimes* m_times;
    QLineEdit* m_location;
    QCheckBox* m_private;
    QCheckBox* m_busy;
    EventEditorReminders* m_reminders;
    RecurrenceEditor* m_recurrence;
    AccountPicker* m_account;
    RecordLinkPicker* m_contact;
    RecordLinkPicker* m_lead;
    RecordLinkPicker* m_opportunity;
    EventEditorAttendees* m_attendees;
    QPlainTextEdit* m_description;
    QWidget* m_content = nullptr;
    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace Fieldbook
