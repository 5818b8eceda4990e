#pragma once

#include <QTableView>

namespace Fieldbook {

class QuotaGridModel;

/// The quota grid as a spreadsheet (docs/forecast.md, Quota grid): typing starts editing a cell,
/// Enter moves down, Tab right; Delete clears the selected quotas; Ctrl+C copies the selection and
/// Ctrl+V pastes a block of numbers copied from a spreadsheet. Periods without a quota of their own
/// show the sum of their parts muted, managers' names in bold.
class QuotaGridView final : public QTableView {
    Q_OBJECT
public:
    QuotaGridView(QuotaGridModel* grid, QWidget* parent = nullptr);

    [[nodiscard]] QuotaGridModel* grid() const { return m_grid; }
    /// The grid's cells that are selected (indexes of the grid model).
    [[nodiscard]] QModelIndexList selectedCells() const;
    /// Pastes `text` (tab-separated rows) at the selection, as Ctrl+V does with the clipboard.
    void pasteText(const QString& text);
    /// Removes the selected cells' quotas, as Delete does.
    void clearSelectedCells();
    /// Whether a cell's editor is open.
    [[nodiscard]] bool isEditing() const { return state() == EditingState; }
    /// Fits the columns to the amounts they show, then shares the room left among the amounts.
    void fitColumns();

signals:
    /// A paste or a clearing was refused (translated).
    void failed(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void moveDown();
    /// Widens the amount columns into the room the view has, up to twice their fitted width.
    void spread();

    QuotaGridModel* m_grid;
    QList<int> m_fitted; ///< each column's width for its contents
};

} // namespace Fieldbook
