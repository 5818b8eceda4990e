#pragma once

#include <QStyledItemDelegate>

namespace Fieldbook {

/// Edits the cells of the pipeline stages table: the name with a line edit, the probability with a
/// spin box of 0–100 %, the forecast category and the outcome with combo boxes. Those three keep
/// their value in Qt::UserRole and show its name.
class PipelineStageDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum Column { Name, Probability, Category, Outcome, ColumnCount };

    using QStyledItemDelegate::QStyledItemDelegate;

    /// What a cell of `column` shows for `value` (Qt::UserRole).
    static QString text(int column, int value);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace Fieldbook
