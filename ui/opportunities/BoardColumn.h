#pragma once

#include <QFrame>

class QLabel;

namespace Fieldbook {

class BoardColumnView;
class PipelineBoardModel;

/// One stage of the board: its name and count, total and weighted total in the reporting
/// currency, a note on amounts that could not be converted, its cards, and how many more there are.
class BoardColumn final : public QFrame {
    Q_OBJECT
public:
    BoardColumn(PipelineBoardModel* model, int stageRow, QWidget* parent = nullptr);

    BoardColumnView* view() const { return m_view; }
    QString stageKey() const;
    /// Reads the stage's figures again (after a change, a reload or new rates).
    void updateSummary();

private:
    PipelineBoardModel* m_model;
    int m_stageRow;
    QLabel* m_name;
    QLabel* m_count;
    QLabel* m_total;
    QLabel* m_weighted;
    QLabel* m_unconverted;
    BoardColumnView* m_view;
    QLabel* m_more;
};

} // namespace Fieldbook
