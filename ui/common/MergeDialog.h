#pragma once

#include <QDialog>

#include <array>
#include <optional>

class QRadioButton;

namespace Fieldbook {

/// Asks which of two records survives a merge; the other one's data is folded into it.
class MergeDialog final : public QDialog {
    Q_OBJECT
public:
    MergeDialog(const std::array<QString, 2>& names, const std::array<QString, 2>& summaries, QWidget* parent);

    int keptIndex() const;

    /// Shows the dialog; the index (0 or 1) of the record to keep, or nullopt when cancelled.
    static std::optional<int> chooseKept(QWidget* parent, const std::array<QString, 2>& names,
                                         const std::array<QString, 2>& summaries);
    /// Test hook: the next chooseKept() returns `answer` without showing anything.
    static void setNextAnswer(std::optional<int> answer);

private:
    std::array<QRadioButton*, 2> m_choices{};
    static std::optional<std::optional<int>> s_nextAnswer;
};

} // namespace Fieldbook
