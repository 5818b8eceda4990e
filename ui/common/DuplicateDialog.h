#pragma once

#include "store/records/DuplicateCandidate.h"

#include <QDialog>

#include <optional>

class QListWidget;

namespace Fieldbook {

/// Warns that a new record looks like existing ones and lets the user decide what to do.
class DuplicateDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Cancel, OpenExisting, MergeIntoExisting, CreateAnyway };
    struct Answer {
        Choice choice = Choice::Cancel;
        QString existingId; ///< for OpenExisting and MergeIntoExisting
    };

    DuplicateDialog(const QList<DuplicateCandidate>& candidates, const QString& newName, QWidget* parent);

    static Answer ask(QWidget* parent, const QList<DuplicateCandidate>& candidates, const QString& newName);
    /// Test hook: the next ask() returns `choice` for candidate `index` without showing anything.
    static void setNextAnswer(Choice choice, int index = 0);
    static QString reasonText(DuplicateCandidate::Reason reason);

private:
    void finish(Choice choice);

    QList<DuplicateCandidate> m_candidates;
    QListWidget* m_list;
    Answer m_answer;
    static std::optional<std::pair<Choice, int>> s_nextAnswer;
};

} // namespace Fieldbook
