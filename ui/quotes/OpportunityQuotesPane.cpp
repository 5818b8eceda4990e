#include "OpportunityQuotesPane.h"

#include "QuoteEditor.h"
#include "SellerProfileDialog.h"
#include "domain/MoneyText.h"
#include "services/SellerSetup.h"
#include "store/records/CatalogRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

OpportunityQuotesPane::OpportunityQuotesPane(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New quote"), this))
    , m_message(new QLabel(this)) {
    m_list->setObjectName(u"quoteList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHeaderLabels({tr("Quote"), tr("Title"), tr("Status"), tr("Total"), tr("Valid until")});
    m_list->headerItem()->setTextAlignment(Total, Qt::AlignRight | Qt::AlignVCenter);
    // The title takes the room the figures leave; what does not fit is elided and in the tooltip.
    m_list->header()->setStretchLastSection(false);
    for (int c = Number; c <= ValidUntil; ++c)
        m_list->header()->setSectionResizeMode(c, c == Title ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_new);
    layout->addLayout(row);
    connect(m_new, &QPushButton::clicked, this, [this] { createQuote(); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openQuote(item->data(Number, Qt::UserRole).toString()); });
    setOpportunity({});
}

void OpportunityQuotesPane::setOpportunity(const QString& opportunityId) {
    m_opportunityId = opportunityId;
    reload();
}

int OpportunityQuotesPane::quoteCount() const {
    return m_list->topLevelItemCount();
}

void OpportunityQuotesPane::reload() {
    m_list->clear();
    m_new->setEnabled(!m_opportunityId.isEmpty());
    if (m_opportunityId.isEmpty()) {
        m_message->setText(tr("Save the opportunity to make quotes for it."));
        return;
    }
    QuoteRepository repo(m_db);
    auto quotes = repo.forOpportunity(m_opportunityId);
    if (!quotes) {
        m_message->setText(quotes.error().message);
        return;
    }
    const QDate today = QDate::currentDate();
    const QLocale locale;
    for (const Quote& q : std::as_const(*quotes)) {
        auto totals = repo.totals(q.id);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Number, q.displayNumber());
        item->setText(Title, q.title);
        const QString full = q.title.isEmpty() ? q.displayNumber() : tr("%1 · %2").arg(q.displayNumber(), q.title);
        item->setToolTip(Number, full);
        item->setToolTip(Title, full);
        item->setText(Status, quoteStatusName(q.effectiveStatus(today)));
        item->setText(Total, totals
                                 ? MoneyText::format(totals->grandTotal, locale, MoneyText::decimalsFor(q.currency)) +
                                       u' ' + q.currency
                                 : totals.error().message);
        item->setTextAlignment(Total, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ValidUntil, locale.toString(q.validUntil, QLocale::ShortFormat));
        item->setData(Number, Qt::UserRole, q.id);
    }
    m_message->setText(quotes->isEmpty() ? tr("No quotes yet. A quote is made from this opportunity with its "
                                              "customer and currency.")
                                         : QString());
    m_message->setVisible(!m_message->text().isEmpty());
}

void OpportunityQuotesPane::createQuote() {
    if (m_opportunityId.isEmpty())
        return;
    if (!SellerSetup::needed(m_db).value_or(false)) {
        makeQuote();
        return;
    }
    auto* dialog = new SellerProfileDialog(m_db, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        // Asked once, whatever the answer; if that cannot be kept, the next quote asks again.
        (void)SellerSetup::markAsked(m_db);
        makeQuote();
    });
    dialog->open();
}

void OpportunityQuotesPane::makeQuote() {
    auto opportunity = OpportunityRepository(m_db).get(m_opportunityId);
    if (!opportunity) {
        m_message->setText(opportunity.error().message);
        m_message->show();
        return;
    }
    QString priceList;
    if (auto list = CatalogRepository(m_db).priceListFor(opportunity->currency); list && *list)
        priceList = (*list)->id;
    auto quote = QuoteRepository(m_db).createFromOpportunity(m_opportunityId, priceList);
    if (!quote) {
        m_message->setText(quote.error().message);
        m_message->show();
        return;
    }
    reload();
    emit quotesChanged();
    openQuote(quote->id);
}

void OpportunityQuotesPane::openQuote(const QString& quoteId) {
    auto* editor = new QuoteEditor(m_db, quoteId, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QuoteEditor::quoteChanged, this, [this] {
        reload();
        emit quotesChanged();
    });
    editor->open();
}

} // namespace Fieldbook
