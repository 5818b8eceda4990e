#pragma once

#include <QListView>

namespace Fieldbook {

/// The cards of one board column. Cards are dragged out to another column and dropped here from
/// another column; the drop is not applied to the model (a move may need a reason first) but
/// reported with cardsDropped(). Left and Right ask for the neighbouring column.
class BoardColumnView final : public QListView {
    Q_OBJECT
public:
    explicit BoardColumnView(QWidget* parent = nullptr);

    /// The stage this column shows (its root index in the board model).
    QString stageKey() const;

signals:
    void cardsDropped(const QStringList& ids);
    /// -1: the column to the left, +1: to the right.
    void neighbourRequested(int direction);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    bool accepts(const QDropEvent* event) const;
    void setDropTarget(bool target);

    bool m_dropTarget = false;
};

} // namespace Fieldbook
