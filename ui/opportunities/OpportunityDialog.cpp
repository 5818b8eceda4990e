#include "OpportunityDialog.h"

#include "OpportunityEditor.h"
#include "OpportunityHistoryPane.h"
#include "OpportunityLinesPane.h"
#include "activities/TimelinePane.h"
#include "models/OpportunityLinesModel.h"
#include "quotes/OpportunityQuotesPane.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/UndoHistory.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

OpportunityDialog::OpportunityDialog(AppContext& context, const Opportunity& opportunity, QWidget* parent)
    : QDialog(parent)
    , m_db(context.db)
    , m_banner(new MessageBanner(this))
    , m_attention(new QLabel(this))
    , m_editor(new OpportunityEditor(context.db, this)) {
    setObjectName(u"opportunityDialog"_s);
    setWindowTitle(opportunity.id.isEmpty() ? tr("New opportunity") : tr("Opportunity — %1").arg(opportunity.name));
    QString accountName;
    if (!opportunity.accountId.isEmpty())
        if (auto account = AccountRepository(m_db).get(opportunity.accountId))
            accountName = account->name;
    m_editor->setOpportunity(opportunity, accountName);
    m_banner->setObjectName(u"dialogBanner"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"dialogButtons"_s);
    auto* layout = new QVBoxLayout(this);
    m_attention->setObjectName(u"attentionNote"_s);
    m_attention->setWordWrap(true);
    m_attention->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_attention);
    showAttention(opportunity);
    if (opportunity.id.isEmpty()) {
        layout->addWidget(m_editor, 1);
        m_banner->floatOver(m_editor);
    } else {
        // A saved opportunity also shows its product lines (whose total is its amount), its quotes
        // (accepting one wins it) and its own timeline.
        auto* tabs = new QTabWidget(this);
        tabs->setObjectName(u"opportunityTabs"_s);
        tabs->addTab(m_editor, tr("&Details"));
        auto* lines = new OpportunityLinesPane(m_db, this);
        lines->setOpportunity(opportunity.id, opportunity.currency);
        tabs->addTab(lines, tr("P&roducts (%1)").arg(lines->lineCount()));
        m_editor->setAmountFromLines(lines->lineCount() > 0, lines->model()->total());
        connect(lines, &OpportunityLinesPane::linesChanged, this, [this, tabs, lines](int count, qint64 total) {
            tabs->setTabText(tabs->indexOf(lines), tr("P&roducts (%1)").arg(count));
            m_editor->setAmountFromLines(count > 0, total);
            refreshForm();
        });
        auto* quotes = new OpportunityQuotesPane(m_db, this);
        quotes->setObjectName(u"opportunityQuotes"_s);
        quotes->setOpportunity(opportunity.id);
        tabs->addTab(quotes, tr("&Quotes (%1)").arg(quotes->quoteCount()));
        connect(quotes, &OpportunityQuotesPane::quotesChanged, this, [this, tabs, quotes] {
            tabs->setTabText(tabs->indexOf(quotes), tr("&Quotes (%1)").arg(quotes->quoteCount()));
            refreshForm();
        });
        auto* activities = activitiesPane(context, opportunity);
        tabs->addTab(activities, tr("&Activities"));
        tabs->setTabToolTip(tabs->indexOf(activities),
                            tr("Calls, meetings, visits, notes, events and tasks of this opportunity"));
        auto* history = new OpportunityHistoryPane(m_db, this);
        history->setOpportunity(opportunity);
        tabs->addTab(history, tr("&History"));
        layout->addWidget(tabs, 1);
        m_banner->floatOver(tabs);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpportunityDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpportunityDialog::reject);
    // Wide enough for a quote's number, title, status, total and validity side by side.
    resize(fontMetrics().averageCharWidth() * 128, fontMetrics().height() * 38);
}

TimelinePane* OpportunityDialog::activitiesPane(AppContext& context, const Opportunity& opportunity) {
    // The opportunity's own timeline; what is logged there is the opportunity's and its account's.
    auto* activities = new TimelinePane(context, this);
    activities->setObjectName(u"opportunityActivities"_s);
    activities->setRecord(opportunity.id, TimelineOf::Opportunity, opportunity.accountId);
    connect(activities, &TimelinePane::message, m_banner,
            [this](const QString& text, MessageBanner::Type type) { m_banner->showMessage(text, type); });
    UndoHistory* undo = &context.undo;
    connect(activities, &TimelinePane::undoOffered, m_banner, [this, undo](const QString& text, int token) {
        m_banner->showAction(text, MessageBanner::Type::Information, tr("Undo"), [this, undo, token] {
            if (auto undone = undo->undo(token); !undone)
                m_banner->showMessage(undone.error().message, MessageBanner::Type::Error);
        });
    });
    return activities;
}

void OpportunityDialog::refreshForm() {
    if (m_editor->isDirty())
        return;
    const QString id = m_editor->opportunityId();
    if (auto now = OpportunityRepository(m_db).get(id)) {
        QString name;
        if (auto account = AccountRepository(m_db).get(now->accountId))
            name = account->name;
        m_editor->setOpportunity(*now, name);
        showAttention(*now);
    }
}

void OpportunityDialog::showAttention(const Opportunity& opportunity) {
    QStringList lines;
    if (!opportunity.id.isEmpty()) // a new one is checked when it is saved
        if (auto attention = OpportunityRepository(m_db).attention(opportunity)) {
            lines = attentionTexts(*attention);
            if (attention->testFlag(AttentionReason::NoCloseDate))
                lines.append(tr("The close date in the form is only proposed; saving keeps it."));
        }
    m_attention->setVisible(!lines.isEmpty());
    m_attention->setText(lines.isEmpty() ? QString()
                                         : tr("This opportunity needs attention:") + u'\n' + lines.join(u'\n'));
}

void OpportunityDialog::save() {
    QString problem;
    const auto opportunity = m_editor->opportunity(&problem);
    if (!opportunity) {
        m_banner->showMessage(problem, MessageBanner::Type::Error);
        return;
    }
    // The form already proposed the closing date; what it shows is what the user chose.
    auto saved = OpportunityRepository(m_db).save(*opportunity, OpportunityRepository::ClosingDate::AsGiven);
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
