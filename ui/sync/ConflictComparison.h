#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace Fieldbook {

/// The three versions of one conflicting field side by side and whole: before, on the server
/// (theirs) and on this computer (yours). The list above shows them on one line, which cuts
/// notes short exactly where they differ.
class ConflictComparison final : public QWidget {
    Q_OBJECT
public:
    explicit ConflictComparison(QWidget* parent = nullptr);

    void showValues(const QString& before, const QString& theirs, const QString& yours);
    void clear();

private:
    QPlainTextEdit* m_before;
    QPlainTextEdit* m_theirs;
    QPlainTextEdit* m_yours;
};

} // namespace Fieldbook
