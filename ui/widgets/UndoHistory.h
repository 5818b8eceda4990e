#pragma once

#include "common/Error.h"

#include <QObject>

#include <functional>

namespace Fieldbook {

/// Reversible deletions of the session (records, activities, attachments), newest last.
class UndoHistory final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 50;
    using Action = std::function<Result<void>()>;

    explicit UndoHistory(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(UndoHistory)

    /// Records how to undo something; returns a token for undo(token).
    int push(const QString& description, Action undo);
    bool canUndo() const { return !m_entries.isEmpty(); }
    /// What undo() would reverse, e.g. "Contact deleted".
    QString nextDescription() const;
    /// Reverses the newest entry.
    [[nodiscard]] Result<void> undo();
    /// Reverses one particular entry (an "Undo" button of a banner); NotFound when already undone.
    [[nodiscard]] Result<void> undo(int token);

signals:
    void changed();

private:
    struct Entry {
        int token = 0;
        QString description;
        Action action;
    };
    [[nodiscard]] Result<void> run(qsizetype index);
    QList<Entry> m_entries;
    int m_nextToken = 1;
};

} // namespace Fieldbook
