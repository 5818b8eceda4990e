#include "MainWindow.h"

#include "calendar/CalendarSection.h"
#include "calendar/CalendarTransfer.h"
#include "calendar/TaskListPane.h"
#include "contacts/ContactsSection.h"
#include "accounts/AccountsSection.h"
#include "leads/LeadsSection.h"
#include "opportunities/OpportunitiesSection.h"
#include "protocol/RecordType.h"
#include "quotes/QuoteEditor.h"

#include "domain/PhoneNumber.h"
#include "services/PhoneRegion.h"
#include "store/records/CallListCandidates.h"
#include "store/records/LeadRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QMessageBox>
#include <QTableView>

// The main window's links to records and the calendar's pieces; MainWindow.cpp holds the rest.

namespace Fieldbook {

std::pair<QString, QString> MainWindow::screenPop(const QString& number) {
    auto found = CallListCandidates(m_context.db).byNumber(number);
    if (!found) {
        currentSection()->banner()->showMessage(found.error().message, MessageBanner::Type::Error);
        return {};
    }
    if (!found->contactId.isEmpty()) {
        openRecord(RecordType::contacts().table, found->contactId);
        return {RecordType::contacts().table, found->contactId};
    }
    if (!found->leadId.isEmpty()) {
        openRecord(RecordType::leads().table, found->leadId);
        return {RecordType::leads().table, found->leadId};
    }
    if (MessageBox::question(this, tr("Unknown caller"),
                             tr("No contact or lead has the number %1. Make a lead of it?").arg(number),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return {};
    Lead lead;
    lead.lastName = tr("Caller %1").arg(number);
    lead.phone = PhoneNumber::international(number, PhoneRegion::load(m_context.db)).value_or(number);
    lead.source = tr("Phone");
    auto saved = LeadRepository(m_context.db).save(lead);
    if (!saved) {
        currentSection()->banner()->showMessage(saved.error().message, MessageBanner::Type::Error);
        return {};
    }
    openRecord(RecordType::leads().table, saved->id);
    return {RecordType::leads().table, saved->id};
}

void MainWindow::addOpeners() {
    const auto openIn = [this](RecordSection* section) {
        return [this, section](const QString& id) {
            showSection(section);
            section->openRecord(id);
            section->table()->setFocus(Qt::OtherFocusReason);
        };
    };
    m_openers.add(RecordType::contacts(), openIn(m_contacts));
    m_openers.add(RecordType::accounts(), openIn(m_accounts));
    m_openers.add(RecordType::leads(), [this](const QString& id) {
        showSection(m_leads);
        m_leads->openRecord(id);
        m_leads->list()->setFocus(Qt::OtherFocusReason);
    });
    m_openers.add(RecordType::opportunities(), [this](const QString& id) {
        showSection(m_opportunities);
        m_opportunities->openOpportunity(id);
    });
    m_openers.add(RecordType::events(), [this](const QString& id) {
        showSection(m_calendar);
        m_calendar->openEvent(id);
    });
    m_openers.add(RecordType::tasks(), [this](const QString& id) {
        showSection(m_calendar);
        m_tasks->selectTask(id);
        if (m_tasks->currentTaskId() == id)
            m_tasks->editCurrent();
    });
    // A quote opens in its editor, over the Opportunities section.
    m_openers.add(RecordType::quotes(), [this](const QString& id) {
        showSection(m_opportunities);
        auto* editor = new QuoteEditor(m_context.db, id, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->open();
    });
}

void MainWindow::connectCalendar() {
    // The task list beside the calendar; .ics files dropped on the calendar are imported.
    m_tasks = new TaskListPane(m_context, m_calendar);
    m_calendar->setSidePane(m_tasks);
    connect(m_calendar, &CalendarSection::filesDropped, m_calendarTransfer, &CalendarTransfer::importFiles);
}

} // namespace Fieldbook
