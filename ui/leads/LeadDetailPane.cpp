#include "LeadDetailPane.h"

#include "LeadEditor.h"
#include "activities/TimelinePane.h"
#include "common/DetailHeader.h"
#include "domain/Lead.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

LeadDetailPane::LeadDetailPane(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_header(new DetailHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new LeadEditor(context.db, m_tabs))
    , m_timeline(new TimelinePane(context, m_tabs)) {
    setObjectName(u"leadDetailPane"_s);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_editor, tr("&Details"));
    m_tabs->addTab(m_timeline, tr("Acti&vities"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    connect(m_editor, &LeadEditor::dirtyChanged, m_header, &DetailHeader::setDirty);
    connect(m_editor, &LeadEditor::recordRequested, this, &LeadDetailPane::recordRequested);
    connect(m_timeline, &TimelinePane::message, this, &LeadDetailPane::message);
    connect(m_timeline, &TimelinePane::undoOffered, this, &LeadDetailPane::undoOffered);
    connect(m_timeline, &TimelinePane::recordRequested, this, &LeadDetailPane::recordRequested);
}

void LeadDetailPane::showLead(const Lead& lead) {
    m_editor->setLead(lead);
    // A converted lead's later activities belong with the account it became as well.
    m_timeline->setRecord(lead.id, TimelineOf::Lead, lead.convertedAccountId);
    if (lead.id.isEmpty()) {
        m_header->setTitle(tr("New lead"), tr("Press Ctrl+S to save"));
        return;
    }
    QStringList subtitle{leadStatusName(lead.status)};
    if (!lead.company.isEmpty())
        subtitle.prepend(lead.company);
    if (lead.status == LeadStatus::Disqualified)
        subtitle.append(lead.disqualifyReason);
    m_header->setTitle(lead.displayName(), subtitle.join(u" · "_s));
}

void LeadDetailPane::startNewLead() {
    m_tabs->setCurrentWidget(m_editor);
    m_editor->focusFirstField();
}

void LeadDetailPane::startLog(ActivityKind kind) {
    m_tabs->setCurrentWidget(m_timeline);
    m_timeline->startLog(kind);
}

} // namespace Fieldbook
