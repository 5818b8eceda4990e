#pragma once

#include "common/Error.h"

#include <QObject>

#include <functional>

namespace Fieldbook {

/// Reversible changes of the session (deletions of records, activities and attachments, stage
/// moves), newest last. What was undone can be redone until something new is done.
class UndoHistory final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 50;
    using Action = std::function<Result<void>()>;

    explicit UndoHistory(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(UndoHistory)

    /// Records how to undo something and how to do it again; returns a token for undo(token).
    /// Whatever was undone before can no longer be redone.
    int push(const QString& description, Action undo, Action redo);
    bool canUndo() const { return !m_done.isEmpty(); }
    bool canRedo() const { return !m_undone.isEmpty(); }
    /// What undo() would reverse, e.g. "Contact deleted".
    QString undoDescription() const;
    /// What redo() would do again.
    QString redoDescription() const;
    /// Reverses the newest entry.
    [[nodiscard]] Result<void> undo();
    /// Reverses one particular entry (an "Undo" button of a banner); NotFound when already undone.
    [[nodiscard]] Result<void> undo(int token);
    /// Does the most recently undone entry again.
    [[nodiscard]] Result<void> redo();

signals:
    void changed();

private:
    struct Entry {
        int token = 0;
        QString description;
        Action undo;
        Action redo;
    };
    [[nodiscard]] Result<void> runUndo(qsizetype index);
    QList<Entry> m_done;
    QList<Entry> m_undone;
    int m_nextToken = 1;
};

} // namespace Fieldbook
