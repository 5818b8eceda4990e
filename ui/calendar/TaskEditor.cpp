#include "TaskEditor.h"

#include "DisplayZone.h"
#include "widgets/RecordLinkPicker.h"
#include "ReminderOffsetsEdit.h"

#include "common/Clock.h"
#include "protocol/RecordType.h"
#include "store/journal/RecordLabels.h"
#include "store/records/ContactRepository.h"
#include "store/records/TaskRepository.h"
#include "widgets/AccountPicker.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

TaskEditor::TaskEditor(Database& db, const CalendarTask& task, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_task(task)
    , m_banner(new MessageBanner(this))
    , m_title(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("Due"), this))
    , m_dueDate(new QDateEdit(this))
    , m_hasTime(new QCheckBox(tr("at"), this))
    , m_dueTime(new QTimeEdit(this))
    , m_zone(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_reminders(new ReminderOffsetsEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_account(new AccountPicker(db, this))
    , m_contact(new RecordLinkPicker(db, RecordType::contacts(), this))
    , m_lead(new RecordLinkPicker(db, RecordType::leads(), this))
    , m_opportunity(new RecordLinkPicker(db, RecordType::opportunities(), this)) {
    setObjectName(u"taskEditor"_s);
    setWindowTitle(task.id.isEmpty() ? tr("New task") : tr("Task — %1").arg(task.title));
    m_title->setObjectName(u"taskTitleEdit"_s);
    m_title->setPlaceholderText(tr("What is to be done"));
    m_priority->setObjectName(u"taskPriorityCombo"_s);
    for (const TaskPriority p : {TaskPriority::None, TaskPriority::High, TaskPriority::Normal, TaskPriority::Low})
        m_priority->addItem(taskPriorityLabel(p), int(p));
    m_status->setObjectName(u"taskStatusCombo"_s);
    for (const TaskStatus s : {TaskStatus::Open, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Cancelled})
        m_status->addItem(taskStatusLabel(s), int(s));
    m_description->setObjectName(u"taskDescriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().height() * 4 + 12);
    m_reminders->setObjectName(u"taskReminders"_s);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Due:"), dueRow());
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Reminders:"), m_reminders);
    form->addRow(tr("&Description:"), m_description);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"taskEditorButtons"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(linksBox());
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_banner->floatOver(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskEditor::reject);
    connect(m_hasDue, &QCheckBox::toggled, this, &TaskEditor::updateDueFields);
    connect(m_hasTime, &QCheckBox::toggled, this, &TaskEditor::updateDueFields);
    connect(m_contact, &RecordLinkPicker::recordChanged, this, &TaskEditor::takeContactsAccount);
    load(task);
    resize(fontMetrics().averageCharWidth() * 72, sizeHint().height());
}

QWidget* TaskEditor::dueRow() {
    auto* row = new QWidget(this);
    m_hasDue->setObjectName(u"taskDueCheck"_s);
    m_dueDate->setObjectName(u"taskDueDateEdit"_s);
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_hasTime->setObjectName(u"taskDueTimeCheck"_s);
    m_dueTime->setObjectName(u"taskDueTimeEdit"_s);
    m_dueTime->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_zone->setObjectName(u"taskZoneCombo"_s);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->setToolTip(tr("The time zone of the due time"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hasDue);
    layout->addWidget(m_dueDate);
    layout->addWidget(m_hasTime);
    layout->addWidget(m_dueTime);
    layout->addWidget(m_zone, 1);
    return row;
}

QWidget* TaskEditor::linksBox() {
    auto* box = new QGroupBox(tr("About"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_account->setObjectName(u"taskAccountPicker"_s);
    m_contact->setObjectName(u"taskContactPicker"_s);
    m_lead->setObjectName(u"taskLeadPicker"_s);
    m_opportunity->setObjectName(u"taskOpportunityPicker"_s);
    m_contact->setPlaceholderText(tr("Type to find a contact"));
    m_lead->setPlaceholderText(tr("Type to find a lead"));
    m_opportunity->setPlaceholderText(tr("Type to find an opportunity"));
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Lead:"), m_lead);
    form->addRow(tr("&Opportunity:"), m_opportunity);
    return box;
}

void TaskEditor::load(const CalendarTask& task) {
    m_title->setText(task.title);
    const QTimeZone zone = displayZone();
    m_hasDue->setChecked(task.due.has_value());
    const QDate today = Clock::nowUtc().toTimeZone(zone).date();
    m_dueDate->setDate(task.due ? task.due->date : today);
    m_hasTime->setChecked(task.due && !task.due->isAllDay());
    m_dueTime->setTime(task.due && task.due->time.isValid() ? task.due->time : QTime(9, 0));
    const QString zoneId =
        QString::fromLatin1(task.due && task.due->kind == CalendarTime::Kind::Zoned ? task.due->zone : zone.id());
    m_zone->setCurrentText(zoneId);
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(int(task.priority))));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(task.status))));
    m_reminders->setAllDay(!m_hasTime->isChecked());
    m_reminders->setOffsets(task.reminders);
    m_description->setPlainText(task.description);
    QString accountName;
    if (!task.accountId.isEmpty())
        if (auto label = RecordLabels(m_db).labelOf(RecordType::accounts().table, task.accountId))
            accountName = *label;
    m_account->setAccount(task.accountId, accountName);
    m_contact->setRecordId(task.contactId);
    m_lead->setRecordId(task.leadId);
    m_opportunity->setRecordId(task.opportunityId);
    updateDueFields();
}

void TaskEditor::updateDueFields() {
    const bool due = m_hasDue->isChecked();
    m_dueDate->setEnabled(due);
    m_hasTime->setEnabled(due);
    m_dueTime->setEnabled(due && m_hasTime->isChecked());
    m_zone->setEnabled(due && m_hasTime->isChecked());
    m_reminders->setEnabled(due);
    m_reminders->setAllDay(!m_hasTime->isChecked());
}

void TaskEditor::takeContactsAccount() {
    if (m_contact->recordId().isEmpty() || !m_account->accountId().isEmpty())
        return;
    auto contact = ContactRepository(m_db).get(m_contact->recordId());
    if (!contact || contact->accountId.isEmpty())
        return;
    if (auto name = RecordLabels(m_db).labelOf(RecordType::accounts().table, contact->accountId))
        m_account->setAccount(contact->accountId, *name);
}

std::optional<CalendarTime> TaskEditor::due() const {
    if (!m_hasDue->isChecked())
        return std::nullopt;
    if (!m_hasTime->isChecked())
        return CalendarTime::ofDate(m_dueDate->date());
    const QByteArray zone = m_zone->currentText().trimmed().toLatin1();
    return CalendarTime::zoned(m_dueDate->date(), m_dueTime->time(), zone);
}

CalendarTask TaskEditor::task() const {
    CalendarTask task = m_task;
    task.title = m_title->text().trimmed();
    task.due = due();
    task.priority = TaskPriority(m_priority->currentData().toInt());
    task.status = TaskStatus(m_status->currentData().toInt());
    task.reminders = task.due ? m_reminders->offsets() : QList<int>{};
    task.description = m_description->toPlainText().trimmed();
    task.accountId = m_account->accountId();
    task.contactId = m_contact->recordId();
    task.leadId = m_lead->recordId();
    task.opportunityId = m_opportunity->recordId();
    return task;
}

void TaskEditor::save() {
    for (auto* picker : {m_contact, m_lead, m_opportunity})
        picker->resolve();
    m_account->resolve();
    if (m_account->isUnresolved() || m_contact->isUnresolved() || m_lead->isUnresolved() ||
        m_opportunity->isUnresolved()) {
        m_banner->showMessage(tr("Choose the linked records from the suggestions, or clear the field."),
                              MessageBanner::Type::Error);
        return;
    }
    if (m_hasTime->isChecked() && !QTimeZone(m_zone->currentText().trimmed().toLatin1()).isValid()) {
        m_banner->showMessage(tr("“%1” is not a time zone. Choose one from the list.").arg(m_zone->currentText()),
                              MessageBanner::Type::Error);
        return;
    }
    auto saved = TaskRepository(m_db).save(task());
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Type::Error);
        return;
    }
    m_saved = *saved;
    accept();
}

} // namespace Fieldbook
