#include "RejectedRowsModel.h"

#include <QLocale>

namespace Fieldbook {

void RejectedRowsModel::setRows(const QList<RejectedRow>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RejectedRowsModel::setRowLabel(const QString& label) {
    m_rowLabel = label;
    emit headerDataChanged(Qt::Horizontal, RowColumn, RowColumn);
}

int RejectedRowsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RejectedRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == RowColumn ? QVariant(QLocale().toString(row.row)) : QVariant(row.reason);
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? QVariant(row.reason) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == RowColumn)
        return m_rowLabel.isEmpty() ? tr("Row") : m_rowLabel;
    return tr("Reason");
}

} // namespace Fieldbook
