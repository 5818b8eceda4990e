#pragma once

#include "workflows/OccurrenceEdit.h"

#include <QDialog>

#include <optional>

class QRadioButton;

namespace Fieldbook {

/// Asks which occurrences of a series a change or deletion is for: this one, this and the
/// following, or all (docs/calendar-section.md). Esc cancels. Tests answer in advance with
/// setNextAnswer(), as with MessageBox.
class OccurrenceScopeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OccurrenceScopeDialog)
public:
    enum class Purpose { Edit, Move, Delete };

    /// Which occurrences of the series titled `title`; nothing when the user cancels. Without
    /// `allowThis` (the repetition itself changed) only the following or all can be chosen.
    static std::optional<OccurrenceScope> ask(QWidget* parent, Purpose purpose, const QString& title,
                                              bool allowThis = true);
    /// Test hook: the next question is not shown and gets `answer` (nothing: cancelled).
    static void setNextAnswer(std::optional<OccurrenceScope> answer);
    /// Whether the last question answered through the hook offered "This occurrence" (tests).
    static bool lastOfferedThis() { return s_lastOfferedThis; }

    OccurrenceScopeDialog(QWidget* parent, Purpose purpose, const QString& title, bool allowThis);
    OccurrenceScope scope() const;

private:
    QRadioButton* m_this;
    QRadioButton* m_following;
    QRadioButton* m_all;
    static std::optional<std::optional<OccurrenceScope>> s_nextAnswer;
    static bool s_lastOfferedThis;
};

} // namespace Fieldbook
