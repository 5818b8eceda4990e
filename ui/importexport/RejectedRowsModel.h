#pragma once

#include "services/ImportReport.h"

#include <QAbstractTableModel>

namespace Fieldbook {

/// The rejected rows of an import report: row (or line) number and reason.
class RejectedRowsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, ReasonColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<RejectedRow>& rows);
    /// The first column's title: "Row" for CSV files, "Line" for vCard files.
    void setRowLabel(const QString& label);
    const QList<RejectedRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RejectedRow> m_rows;
    QString m_rowLabel;
};

} // namespace Fieldbook
