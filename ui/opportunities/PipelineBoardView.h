#pragma once

#include <QScrollArea>

namespace Fieldbook {

class BoardColumn;
class BoardColumnView;
class PipelineBoardModel;

/// The board: one column per stage side by side. One card at a time is current across all
/// columns; arrows move between cards (Left and Right to the neighbouring column), Enter opens one,
/// and a card dragged onto another column asks for the move with cardsDropped().
class PipelineBoardView final : public QScrollArea {
    Q_OBJECT
public:
    PipelineBoardView(PipelineBoardModel* model, QWidget* parent = nullptr);

    QList<BoardColumn*> columns() const { return m_columns; }
    BoardColumn* column(const QString& stageKey) const;
    /// The id of the current card, or empty.
    QString currentId() const;
    /// Makes the card current (loading its column's pages up to it when needed).
    void selectCard(const QString& id);
    /// Focuses the current card, or the first card of the board.
    void focusCards();

signals:
    void opportunityActivated(const QString& id);
    void cardsDropped(const QStringList& ids, const QString& stageKey);
    void currentChanged(const QString& id);

private:
    void moveToNeighbour(BoardColumnView* from, int direction);
    void onCurrentChanged(BoardColumnView* view, const QModelIndex& current);

    PipelineBoardModel* m_model;
    QList<BoardColumn*> m_columns;
    BoardColumnView* m_currentView = nullptr;
};

} // namespace Fieldbook
