#include "OpportunityLinesPane.h"

#include "models/OpportunityLinesModel.h"
#include "store/records/OpportunityLineRepository.h"
#include "store/records/OpportunityRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/ProductChooser.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

OpportunityLinesPane::OpportunityLinesPane(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new OpportunityLinesModel(db, QLocale(), this))
    , m_banner(new MessageBanner(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_total(new QLabel(this)) {
    setObjectName(u"opportunityLines"_s);
    m_view->setObjectName(u"linesView"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OpportunityLinesModel::Description, QHeaderView::Stretch);
    m_empty->setObjectName(u"linesEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setText(tr("No product lines. Add the products the customer is expected to buy, and the amount becomes "
                        "their total; without lines, the amount is typed on the Details tab."));
    m_total->setObjectName(u"linesTotal"_s);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* bar = new QHBoxLayout;
    auto addButton = [&](const QString& text, const QKeySequence& key, auto slot) -> QAction* {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
        return action;
    };
    addButton(tr("Add &product…"), QKeySequence(Qt::CTRL | Qt::Key_P), &OpportunityLinesPane::chooseProduct);
    addButton(tr("Add &item"), QKeySequence(Qt::CTRL | Qt::Key_I), &OpportunityLinesPane::addItem);
    m_lineActions = {addButton(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelectedLine(-1); }),
                     addButton(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelectedLine(1); }),
                     addButton(tr("Remove line"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                               &OpportunityLinesPane::removeSelectedLine)};
    bar->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_total);
    m_banner->floatOver(this); // the view is hidden while there are no lines

    connect(m_model, &OpportunityLinesModel::editFailed, this, &OpportunityLinesPane::showError);
    connect(m_model, &OpportunityLinesModel::loadFailed, this, &OpportunityLinesPane::showError);
    connect(m_model, &OpportunityLinesModel::totalChanged, this, &OpportunityLinesPane::showTotal);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OpportunityLinesPane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OpportunityLinesPane::updateActions);
    updateActions();
}

void OpportunityLinesPane::updateActions() {
    const int row = m_view->currentIndex().row();
    const bool chosen = m_model->line(row) != nullptr;
    m_lineActions.at(0)->setEnabled(chosen && row > 0);
    m_lineActions.at(1)->setEnabled(chosen && row + 1 < m_model->rowCount());
    m_lineActions.at(2)->setEnabled(chosen);
}

bool OpportunityLinesPane::confirmFirstLine() {
    if (m_model->rowCount() > 0)
        return true;
    auto opportunity = OpportunityRepository(m_db).get(m_opportunityId);
    if (!opportunity || opportunity->amount == 0)
        return true;
    return MessageBox::question(
               this, tr("Amount from product lines"),
               tr("The amount %1 %2 was typed. With product lines, the amount becomes their total. Add the line?")
                   .arg(m_model->money(opportunity->amount), opportunity->currency),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) == QMessageBox::Yes;
}

void OpportunityLinesPane::setOpportunity(const QString& opportunityId, const QString& currency) {
    m_opportunityId = opportunityId;
    m_currency = currency;
    m_model->load(opportunityId, currency);
}

int OpportunityLinesPane::lineCount() const {
    return m_model->rowCount();
}

void OpportunityLinesPane::showTotal() {
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_view->setVisible(any);
    m_total->setVisible(any);
    m_total->setText(tr("Total: <b>%1 %2</b>").arg(m_model->money(m_model->total()), m_currency));
    emit linesChanged(m_model->rowCount(), m_model->total());
}

void OpportunityLinesPane::showError(const QString& message) {
    m_banner->showMessage(message, MessageBanner::Type::Error);
}

void OpportunityLinesPane::reload(int selectRow, int column) {
    m_banner->hideMessage();
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::clamp(selectRow, 0, m_model->rowCount() - 1), column));
}

void OpportunityLinesPane::chooseProduct() {
    if (!confirmFirstLine())
        return;
    QString problem;
    const auto choice = Fieldbook::chooseProduct(m_db, this, &problem);
    if (!problem.isEmpty())
        return showError(problem);
    if (choice)
        insertProduct(choice->productId, choice->quantity.toString());
}

void OpportunityLinesPane::addProduct(const QString& productId, const QString& quantity) {
    if (confirmFirstLine())
        insertProduct(productId, quantity);
}

void OpportunityLinesPane::insertProduct(const QString& productId, const QString& quantity) {
    const auto amount = Decimal4::parse(quantity);
    if (!amount)
        return showError(tr("\"%1\" is not a quantity.").arg(quantity));
    auto saved = OpportunityLineRepository(m_db).addProduct(m_opportunityId, productId, *amount);
    if (!saved)
        return showError(saved.error().message);
    reload(m_model->rowCount(), OpportunityLinesModel::Quantity);
    if (saved->amounts.unitPrice == 0)
        m_banner->showMessage(
            tr("No price list in %1 has a price for %2; enter the unit price.").arg(m_currency, saved->description),
            MessageBanner::Type::Warning);
}

void OpportunityLinesPane::addItem() {
    if (!confirmFirstLine())
        return;
    OpportunityLine line;
    line.opportunityId = m_opportunityId;
    line.description = tr("New item");
    auto saved = OpportunityLineRepository(m_db).save(line);
    if (!saved)
        return showError(saved.error().message);
    reload(m_model->rowCount(), OpportunityLinesModel::Description);
    m_view->setFocus();
    m_view->edit(m_view->currentIndex());
}

void OpportunityLinesPane::removeSelectedLine() {
    const int row = m_view->currentIndex().row();
    const OpportunityLine* line = m_model->line(row);
    if (!line)
        return;
    if (auto removed = OpportunityLineRepository(m_db).remove(line->id); !removed)
        return showError(removed.error().message);
    reload(row, OpportunityLinesModel::Description);
}

void OpportunityLinesPane::moveSelectedLine(int direction) {
    const QModelIndex current = m_view->currentIndex();
    const OpportunityLine* line = m_model->line(current.row());
    if (!line || !m_model->line(current.row() + direction))
        return;
    if (auto moved = OpportunityLineRepository(m_db).move(line->id, direction); !moved)
        return showError(moved.error().message);
    reload(current.row() + direction, current.column());
}

} // namespace Fieldbook
