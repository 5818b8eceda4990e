#include "LeadQuickAdd.h"

#include "store/records/LeadRepository.h"
#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Fieldbook {

LeadQuickAdd::LeadQuickAdd(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_reach(new QLineEdit(this))
    , m_add(new QPushButton(Icons::get(u"list-add"_s), tr("&Add lead"), this)) {
    setObjectName(u"leadQuickAdd"_s);
    m_name->setObjectName(u"quickAddName"_s);
    m_name->setPlaceholderText(tr("Name, e.g. Jane Roe or 王芳"));
    m_company->setObjectName(u"quickAddCompany"_s);
    m_company->setPlaceholderText(tr("Company"));
    m_reach->setObjectName(u"quickAddReach"_s);
    m_reach->setPlaceholderText(tr("E-mail or phone"));
    m_add->setObjectName(u"quickAddButton"_s);
    m_add->setToolTip(tr("Add the lead (Return in any field)"));
    auto* label = new QLabel(tr("&Quick add:"), this);
    label->setBuddy(m_name);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_name, 3);
    layout->addWidget(m_company, 3);
    layout->addWidget(m_reach, 3);
    layout->addWidget(m_add);
    for (QLineEdit* edit : {m_name, m_company, m_reach})
        connect(edit, &QLineEdit::returnPressed, this, &LeadQuickAdd::add);
    connect(m_add, &QPushButton::clicked, this, &LeadQuickAdd::add);
}

void LeadQuickAdd::focusName() {
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

void LeadQuickAdd::add() {
    const PersonName name = splitPersonName(m_name->text());
    if (name.first.isEmpty() && name.last.isEmpty()) {
        emit failed(tr("Type the lead’s name first, e.g. “Jane Roe” or “王芳”."));
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    Lead lead;
    lead.firstName = name.first;
    lead.lastName = name.last;
    lead.company = m_company->text().trimmed();
    const QString reach = m_reach->text().trimmed();
    (reach.contains(u'@') ? lead.email : lead.phone) = reach;
    auto saved = LeadRepository(m_db).save(lead);
    if (!saved) {
        emit failed(tr("The lead was not added: %1").arg(saved.error().message));
        m_reach->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (QLineEdit* edit : {m_name, m_company, m_reach})
        edit->clear();
    m_name->setFocus(Qt::OtherFocusReason);
    emit added(*saved);
}

} // namespace Fieldbook
