#include "EventEditor.h"

#include "EventEditorAttendees.h"
#include "widgets/RecordLinkPicker.h"
#include "EventEditorReminders.h"
#include "EventEditorTimes.h"
#include "RecurrenceEditor.h"
#include "TimeZoneCombo.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/records/AccountRepository.h"
#include "widgets/AccountPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace Fieldbook {

EventEditor::EventEditor(Database& db, const QTimeZone& displayZone, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_displayZone(displayZone) {
    setObjectName(u"eventEditor"_s);
    createFields();
    auto* columns = new QHBoxLayout;
    columns->addWidget(createLeftColumn(), 5);
    columns->addSpacing(fontMetrics().averageCharWidth() * 2);
    columns->addWidget(createRightColumn(), 4);
    m_content = new QWidget;
    m_content->setLayout(columns);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connectFields();
}

void EventEditor::createFields() {
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setPlaceholderText(tr("e.g. Visit at Nordlicht GmbH"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindCombo"_s);
    for (EventKind kind : {EventKind::Meeting, EventKind::Visit, EventKind::Call, EventKind::Other})
        m_kind->addItem(eventKindLabel(kind), int(kind));
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusCombo"_s);
    m_times = new EventEditorTimes(m_displayZone, this);
    m_location = new QLineEdit(this);
    m_location->setObjectName(u"locationEdit"_s);
    m_private = new QCheckBox(tr("Pri&vate"), this);
    m_private->setObjectName(u"privateCheck"_s);
    m_private->setToolTip(tr("Colleagues see only that you are busy."));
    m_busy = new QCheckBox(tr("Show as &busy"), this);
    m_busy->setObjectName(u"busyCheck"_s);
    m_busy->setToolTip(tr("Others see this time as taken, and overlaps are warned about."));
    m_reminders = new EventEditorReminders(this);
    m_recurrence = new RecurrenceEditor(this);
    m_account = new AccountPicker(m_db, this);
    m_account->setObjectName(u"accountPicker"_s);
    m_contact = new RecordLinkPicker(m_db, RecordType::contacts(), this);
    m_contact->setObjectName(u"contactPicker"_s);
    m_contact->setPlaceholderText(tr("Type to find a contact"));
    m_lead = new RecordLinkPicker(m_db, RecordType::leads(), this);
    m_lead->setObjectName(u"leadPicker"_s);
    m_lead->setPlaceholderText(tr("Type to find a lead"));
    m_opportunity = new RecordLinkPicker(m_db, RecordType::opportunities(), this);
    m_opportunity->setObjectName(u"opportunityPicker"_s);
    m_opportunity->setPlaceholderText(tr("Type to find an opportunity"));
    m_attendees = new EventEditorAttendees(m_db, this);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
}

QWidget* EventEditor::createLeftColumn() {
    auto* column = new QWidget(this);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* stack = new QVBoxLayout(column); // the fields at the top, the room left below them
    stack->setContentsMargins(0, 0, 0, 0);
    stack->addLayout(form);
    stack->addStretch(1);
    form->addRow(tr("&Title:"), m_title);
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_kind, 1);
    auto* statusLabel = new QLabel(tr("&Status:"), column);
    statusLabel->setBuddy(m_status);
    kind->addWidget(statusLabel);
    kind->addWidget(m_status, 1);
    auto* kindLabel = new QLabel(tr("&Kind:"), column);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kind);
    auto* startLabel = new QLabel(tr("St&arts:"), column);
    startLabel->setBuddy(m_times->startDate());
    form->addRow(startLabel, m_times->startRow());
    auto* endLabel = new QLabel(tr("&Ends:"), column);
    endLabel->setBuddy(m_times->endDate());
    form->addRow(endLabel, m_times->endRow());
    form->addRow(tr("Time &zone:"), m_times->zoneCombo());
    form->addRow(QString(), m_times->hint());
    form->addRow(tr("L&ocation:"), m_location);
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_private);
    flags->addWidget(m_busy);
    flags->addStretch(1);
    form->addRow(QString(), flags);
    form->addRow(tr("&Reminders:"), m_reminders);
    auto* repeatLabel = new QLabel(tr("Re&peat:"), column);
    repeatLabel->setBuddy(m_recurrence->findChild<QComboBox*>(u"repeatCombo"_s));
    form->addRow(repeatLabel, m_recurrence);
    return column;
}

QWidget* EventEditor::createRightColumn() {
    auto* column = new QWidget(this);
    auto* form = new QFormLayout(column);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("A&ccount:"), m_account);
    form->addRow(tr("Co&ntact:"), m_contact);
    form->addRow(tr("&Lead:"), m_lead);
    form->addRow(tr("Opport&unity:"), m_opportunity);
    auto* attendeesLabel = new QLabel(tr("Atten&dees:"), column);
    attendeesLabel->setBuddy(m_attendees->list());
    form->addRow(attendeesLabel, m_attendees);
    auto* descriptionLabel = new QLabel(tr("Descr&iption:"), column);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    m_attendees->setMinimumHeight(fontMetrics().height() * 6);
    m_description->setMinimumHeight(fontMetrics().height() * 3);
    return column;
}

void EventEditor::connectFields() {
    const auto dirty = [this] {
        markDirty();
    };
    connect(m_title, &QLineEdit::textEdited, this, dirty);
    connect(m_kind, &QComboBox::currentIndexChanged, this, dirty);
    connect(m_status, &QComboBox::currentIndexChanged, this, dirty);
    connect(m_location, &QLineEdit::textEdited, this, dirty);
    connect(m_private, &QCheckBox::toggled, this, dirty);
    connect(m_reminders, &EventEditorReminders::changed, this, dirty);
    connect(m_recurrence, &RecurrenceEditor::changed, this, dirty);
    connect(m_contact, &RecordLinkPicker::recordChanged, this, dirty);
    connect(m_lead, &RecordLinkPicker::recordChanged, this, dirty);
    connect(m_opportunity, &RecordLinkPicker::recordChanged, this, dirty);
    connect(m_description, &QPlainTextEdit::textChanged, this, dirty);
    connect(m_account, &AccountPicker::accountChanged, this, [this] {
        m_attendees->setAccount(m_account->accountId());
        markDirty();
    });
    connect(m_times, &EventEditorTimes::changed, this, [this] {
        m_recurrence->setStart(m_times->start());
        markDirty();
        emit timesChanged();
    });
    const auto whoOrWhen = [this] {
        markDirty();
        emit timesChanged();
    };
    connect(m_busy, &QCheckBox::toggled, this, whoOrWhen);
    connect(m_attendees, &EventEditorAttendees::changed, this, whoOrWhen);
}

void EventEditor::fillStatuses(EventStatus current) {
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("Confirmed"), int(EventStatus::Confirmed));
    m_status->addItem(tr("Tentative"), int(EventStatus::Tentative));
    if (current == EventStatus::Cancelled) // only shown for what was cancelled already
        m_status->addItem(tr("Cancelled"), int(EventStatus::Cancelled));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(current))));
}

void EventEditor::setEvent(const CalendarEvent& e, const QStringList& rules, bool ownDates) {
    m_loading = true;
    m_loaded = e;
    m_title->setText(e.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(e.kind))));
    fillStatuses(e.status);
    m_times->setTimes(e.start, e.end);
    m_location->setText(e.location);
    m_private->setChecked(e.isPrivate);
    m_busy->setChecked(e.busy);
    m_reminders->setMinutes(e.reminders);
    m_recurrence->setRules(rules, ownDates, e.start);
    QString accountName;
    if (!e.accountId.isEmpty())
        if (auto account = AccountRepository(m_db).get(e.accountId))
            accountName = account->name;
    m_account->setAccount(e.accountId, accountName);
    m_contact->setRecordId(e.contactId);
    m_lead->setRecordId(e.leadId);
    m_opportunity->setRecordId(e.opportunityId);
    m_attendees->setAttendees(e.attendees, e.ownerId.isEmpty() ? m_db.localUserId() : e.ownerId, e.accountId);
    m_description->setPlainText(e.description);
    m_loading = false;
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

std::optional<CalendarEvent> EventEditor::event(QString* problem) const {
    CalendarEvent e = m_loaded;
    e.title = m_title->text().trimmed();
    if (e.title.isEmpty()) {
        *problem = tr("The event needs a title.");
        return std::nullopt;
    }
    if (const QString times = m_times->problem(); !times.isEmpty()) {
        *problem = times;
        return std::nullopt;
    }
    m_account->resolve();
    const QLineEdit* unresolved = m_account->isUnresolved() ? m_account : nullptr;
    for (RecordLinkPicker* picker : {m_contact, m_lead, m_opportunity}) {
        picker->resolve();
        if (!unresolved && picker->isUnresolved())
            unresolved = picker;
    }
    if (unresolved) {
        *problem = tr("Nothing is called “%1”. Pick it from the suggestions, or leave the field empty.")
                       .arg(unresolved->text().trimmed());
        return std::nullopt;
    }
    e.kind = EventKind(m_kind->currentData().toInt());
    e.status = EventStatus(m_status->currentData().toInt());
    e.start = m_times->start();
    e.end = m_times->end();
    e.location = m_location->text().trimmed();
    e.isPrivate = m_private->isChecked();
    e.busy = m_busy->isChecked();
    e.reminders = m_reminders->minutes();
    e.rrules = m_recurrence->rules();
    if (!m_recurrence->repeats())
        e.rdates.clear();
    e.accountId = m_account->accountId();
    e.contactId = m_contact->recordId();
    e.leadId = m_lead->recordId();
    e.opportunityId = m_opportunity->recordId();
    e.attendees = m_attendees->attendees();
    e.description = m_description->toPlainText().trimmed();
    return e;
}

void EventEditor::setReadOnly(bool readOnly) {
    m_content->setEnabled(!readOnly);
}

void EventEditor::focusTitle() {
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

QDateTime EventEditor::startInstant() const {
    return m_times->startInstant();
}

QDateTime EventEditor::endInstant() const {
    return m_times->endInstant();
}

bool EventEditor::takesTime() const {
    return m_busy->isChecked() && !m_times->isAllDay() &&
           m_status->currentData().toInt() != int(EventStatus::Cancelled);
}

QStringList EventEditor::people() const {
    QStringList people{m_loaded.ownerId.isEmpty() ? m_db.localUserId() : m_loaded.ownerId};
    for (const QString& id : m_attendees->colleagueIds())
        if (!people.contains(id))
            people.append(id);
    return people;
}

void EventEditor::markDirty() {
    if (m_loading || m_dirty)
        return;
    m_dirty = true;
    emit dirtyChanged(true);
}

} // namespace Fieldbook
