#include "QuotaGridView.h"

#include "models/QuotaGridModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>

#include <numeric>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Mutes the sums of parts and the quotas without a rate with the view's palette, so that they
/// read on light and dark themes; managers' names in bold.
class QuotaGridPresentation final : public QIdentityProxyModel {
public:
    QuotaGridPresentation(QWidget* view, QuotaGridModel* grid)
        : QIdentityProxyModel(view)
        , m_view(view) {
        setSourceModel(grid);
    }

    QVariant data(const QModelIndex& index, int role) const override {
        using Cell = QuotaGridModel::Cell;
        if (role == Qt::ForegroundRole) {
            const auto cell = Cell(index.data(QuotaGridModel::CellRole).toInt());
            if (cell == Cell::SumOfParts || cell == Cell::Unconverted)
                return m_view->palette().brush(QPalette::PlaceholderText);
        } else if (role == Qt::FontRole && index.data(QuotaGridModel::HasReportsRole).toBool() &&
                   (index.column() == 0 || index.data(QuotaGridModel::CellRole).toInt() == int(Cell::Team))) {
            QFont font = m_view->font();
            font.setBold(true);
            return font;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QWidget* m_view;
};

} // namespace

QuotaGridView::QuotaGridView(QuotaGridModel* grid, QWidget* parent)
    : QTableView(parent)
    , m_grid(grid) {
    setObjectName(u"quotaGrid"_s);
    setModel(new QuotaGridPresentation(this, grid));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    connect(grid, &QAbstractItemModel::modelReset, this, &QuotaGridView::fitColumns);
    connect(grid, &QAbstractItemModel::dataChanged, this, &QuotaGridView::fitColumns);
}

QModelIndexList QuotaGridView::selectedCells() const {
    QModelIndexList cells;
    const auto* presentation = static_cast<const QIdentityProxyModel*>(model());
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex& index : selected)
        cells.append(presentation->mapToSource(index));
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append(presentation->mapToSource(currentIndex()));
    return cells;
}

void QuotaGridView::pasteText(const QString& text) {
    if (auto pasted = m_grid->paste(selectedCells(), text); !pasted)
        emit failed(pasted.error().message);
}

void QuotaGridView::clearSelectedCells() {
    if (auto cleared = m_grid->clear(selectedCells()); !cleared)
        emit failed(cleared.error().message);
}

void QuotaGridView::fitColumns() {
    resizeColumnsToContents();
    const int minimum = fontMetrics().horizontalAdvance(u"000,000.00"_s) + 2 * fontMetrics().averageCharWidth();
    m_fitted.clear();
    for (int column = 0; column < model()->columnCount(); ++column)
        m_fitted.append(std::max(columnWidth(column), column == 0 ? 12 * fontMetrics().averageCharWidth() : minimum));
    spread();
}

void QuotaGridView::spread() {
    if (m_fitted.size() != model()->columnCount() || m_fitted.size() < 2)
        return;
    const int used = std::accumulate(m_fitted.cbegin(), m_fitted.cend(), 0);
    const int extra = std::max(0, viewport()->width() - used - 1) / int(m_fitted.size() - 1);
    setColumnWidth(0, m_fitted[0]);
    for (int column = 1; column < m_fitted.size(); ++column)
        setColumnWidth(column, m_fitted[column] + std::min(extra, m_fitted[column]));
}

void QuotaGridView::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    spread();
}

void QuotaGridView::keyPressEvent(QKeyEvent* event) {
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Paste)) {
            pasteText(QApplication::clipboard()->text());
            return;
        }
        if (event->matches(QKeySequence::Copy)) {
            QApplication::clipboard()->setText(m_grid->copy(selectedCells()));
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedCells();
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            moveDown();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void QuotaGridView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    const bool down = hint == QAbstractItemDelegate::SubmitModelCache;
    QTableView::closeEditor(editor, down ? QAbstractItemDelegate::NoHint : hint);
    if (down)
        moveDown();
}

void QuotaGridView::moveDown() {
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.row() + 1 >= model()->rowCount())
        return;
    setCurrentIndex(current.sibling(current.row() + 1, current.column()));
}

} // namespace Fieldbook
