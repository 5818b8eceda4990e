#pragma once

#include "domain/CalendarTask.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace Fieldbook {

class AccountPicker;
class Database;
class MessageBanner;
class RecordLinkPicker;
class ReminderOffsetsEdit;

/// Creates or edits a task (docs/calendar-tasks.md, "Task editor"): title, due date with an
/// optional time in a zone, priority, status, description, reminders and the account, contact,
/// lead and opportunity it is about. Save stores it; a refusal shows in the dialog's banner.
class TaskEditor final : public QDialog {
    Q_OBJECT
public:
    TaskEditor(Database& db, const CalendarTask& task, QWidget* parent = nullptr);

    /// The task as entered (the fields the editor does not show come from the task given).
    CalendarTask task() const;
    /// The task as stored (after accept()).
    const CalendarTask& saved() const { return m_saved; }
    /// Stores the task; closes the dialog when the store accepted it.
    void save();

private:
    QWidget* dueRow();
    QWidget* linksBox();
    void load(const CalendarTask& task);
    void updateDueFields();
    /// A chosen contact brings its account along when none is set.
    void takeContactsAccount();
    std::optional<CalendarTime> due() const;

    Database& m_db;
    CalendarTask m_task;
    CalendarTask m_saved;
    MessageBanner* m_banner;
    QLineEdit* m_title;
    QCheckBox* m_hasDue;
    QDateEdit* m_dueDate;
    QCheckBox* m_hasTime;
    QTimeEdit* m_dueTime;
    QComboBox* m_zone;
    QComboBox* m_priority;
    QComboBox* m_status;
    ReminderOffsetsEdit* m_reminders;
    QPlainTextEdit* m_description;
    AccountPicker* m_account;
    RecordLinkPicker* m_contact;
    RecordLinkPicker* m_lead;
    RecordLinkPicker* m_opportunity;
};

} // namespace Fieldbook
