#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QTableView;

namespace Fieldbook {

/// Keeps every column of a table inside its viewport. Each column wants the width its header and
/// first rows need (at most a cap) or the width the user last dragged it to. When they do not all
/// fit, the widest give way first, down to a common width but never below what their header needs;
/// room left over goes to the stretch column. Dragged widths are remembered in the settings group.
class ColumnFitter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)
public:
    /// Owned by `view`. `settingsGroup` keeps the dragged widths ("" : not kept).
    ColumnFitter(QTableView* view, int stretchColumn, const QString& settingsGroup);
    ~ColumnFitter() override;

    /// Sets the widths for the viewport's current width.
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchModel();
    /// The widths the header and first rows ask for, once the model has rows.
    void measure();
    int wantedWidth(int column) const;
    int minimumWidth(int column) const;
    /// Takes `excess` pixels from `widths`, no column going below its minimum.
    void shrink(QHash<int, int>& widths, const QList<int>& columns, int excess) const;
    void onSectionResized(int column, int oldSize, int newSize);

    QTableView* m_view;
    int m_stretchColumn;
    QString m_settingsGroup;
    QPointer<QAbstractItemModel> m_model;
    QHash<int, int> m_measured; ///< column -> width its content asks for
    QHash<int, int> m_dragged;  ///< column -> width the user chose
    bool m_fitting = false;
};

} // namespace Fieldbook
