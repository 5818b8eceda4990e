#include "QuotesDialog.h"

#include "QuoteEditor.h"
#include "QuoteListPresentation.h"
#include "models/QuoteListModel.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QuotesDialog::QuotesDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new QuoteListModel(db, this))
    , m_banner(new MessageBanner(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_sortColumn(QuoteListModel::Number) {
    setObjectName(u"quotesDialog"_s);
    setWindowTitle(tr("Quotes"));
    m_search->setObjectName(u"quoteSearch"_s);
    m_search->setPlaceholderText(tr("Search number, title or customer"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(u"quoteStatusFilter"_s);
    m_status->addItem(tr("All statuses"), QString());
    for (QuoteStatus status : {QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Accepted, QuoteStatus::Rejected,
                               QuoteStatus::Expired, QuoteStatus::Superseded})
        m_status->addItem(quoteStatusName(status), quoteStatusKey(status));
    m_count->setObjectName(u"quoteCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* presentation = new QuoteListPresentation(this);
    presentation->setSourceModel(m_model);
    m_table->setObjectName(u"quoteList"_s);
    m_table->setModel(presentation);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuoteListModel::Title, QHeaderView::Stretch);
    header->setSortIndicator(m_sortColumn, m_sortOrder); // newest numbers first
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &QuotesDialog::keepSortable);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false); // Enter opens the quote in the list
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    addAction(find);
    connect(find, &QAction::triggered, this, &QuotesDialog::focusSearch);
    connect(m_search, &QLineEdit::textChanged, this, &QuotesDialog::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &QuotesDialog::applyFilter);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openQuote(index.data(QuoteListModel::IdRole).toString()); });
    connect(m_model, &QuoteListModel::totalCountChanged, this, &QuotesDialog::updateCount);
    connect(m_model, &QuoteListModel::modelReset, this, &QuotesDialog::updateCount);
    connect(m_model, &QuoteListModel::loadFailed, this,
            [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Type::Error); });
    updateCount();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"quotes/geometry"_s).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1100, available.width() * 9 / 10), std::min(700, available.height() * 9 / 10));
    }
}

QuotesDialog::~QuotesDialog() {
    QSettings settings;
    settings.setValue(u"quotes/geometry"_s, saveGeometry());
}

void QuotesDialog::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QuotesDialog::applyFilter() {
    QuoteFilter filter = m_model->filter();
    filter.text = m_search->text();
    QuoteStatus status;
    filter.status =
        parseQuoteStatus(m_status->currentData().toString(), &status) ? std::optional(status) : std::nullopt;
    m_model->setFilter(filter);
    m_banner->hideMessage();
}

void QuotesDialog::updateCount() {
    const int total = m_model->totalCount();
    const bool filtering = !m_search->text().trimmed().isEmpty() || m_status->currentIndex() > 0;
    if (total == 0)
        m_count->setText(filtering ? tr("No quote matches.")
                                   : tr("No quotes yet. Quotes are made from an opportunity, on its Quotes tab."));
    else
        m_count->setText(tr("Quotes: %1").arg(QLocale().toString(total)));
}

void QuotesDialog::keepSortable(int column, Qt::SortOrder order) {
    if (m_model->isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    // Totals are computed, not stored, so the list cannot be ordered by them: the indicator goes back.
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
}

void QuotesDialog::openQuote(const QString& quoteId) {
    if (quoteId.isEmpty())
        return;
    auto* editor = new QuoteEditor(m_db, quoteId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

} // namespace Fieldbook
