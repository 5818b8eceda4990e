#include "OpportunityDialog.h"

#include "OpportunityEditor.h"
#include "quotes/OpportunityQuotesPane.h"
#include "store/AccountRepository.h"
#include "store/OpportunityRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

OpportunityDialog::OpportunityDialog(Database& db, const Opportunity& opportunity, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_banner(new MessageBanner(this))
    , m_editor(new OpportunityEditor(db, this)) {
    setObjectName(u"opportunityDialog"_s);
    setWindowTitle(opportunity.id.isEmpty() ? tr("New opportunity") : tr("Opportunity — %1").arg(opportunity.name));
    QString accountName;
    if (!opportunity.accountId.isEmpty())
        if (auto account = AccountRepository(db).get(opportunity.accountId))
            accountName = account->name;
    m_editor->setOpportunity(opportunity, accountName);
    m_banner->setObjectName(u"dialogBanner"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"dialogButtons"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    if (opportunity.id.isEmpty()) {
        layout->addWidget(m_editor, 1);
    } else {
        // A saved opportunity also shows its quotes; accepting one wins the opportunity, which the
        // form then shows (unless the user is editing it).
        auto* tabs = new QTabWidget(this);
        tabs->setObjectName(u"opportunityTabs"_s);
        tabs->addTab(m_editor, tr("&Details"));
        auto* quotes = new OpportunityQuotesPane(db, this);
        quotes->setObjectName(u"opportunityQuotes"_s);
        quotes->setOpportunity(opportunity.id);
        tabs->addTab(quotes, tr("&Quotes (%1)").arg(quotes->quoteCount()));
        connect(quotes, &OpportunityQuotesPane::quotesChanged, this, [this, tabs, quotes, id = opportunity.id] {
            tabs->setTabText(1, tr("&Quotes (%1)").arg(quotes->quoteCount()));
            if (m_editor->isDirty())
                return;
            if (auto now = OpportunityRepository(m_db).get(id)) {
                QString name;
                if (auto account = AccountRepository(m_db).get(now->accountId))
                    name = account->name;
                m_editor->setOpportunity(*now, name);
            }
        });
        layout->addWidget(tabs, 1);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpportunityDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpportunityDialog::reject);
    resize(fontMetrics().averageCharWidth() * 96, fontMetrics().height() * 36);
}

void OpportunityDialog::save() {
    QString problem;
    const auto opportunity = m_editor->opportunity(&problem);
    if (!opportunity) {
        m_banner->showMessage(problem, MessageBanner::Type::Error);
        return;
    }
    auto saved = OpportunityRepository(m_db).save(*opportunity);
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Type::Error);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

void OpportunityDialog::reject() {
    if (m_editor->isDirty() &&
        MessageBox::question(this, tr("Unsaved changes"), tr("Discard the changes to this opportunity?"),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace Fieldbook
