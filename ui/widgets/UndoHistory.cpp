#include "UndoHistory.h"

namespace Fieldbook {

UndoHistory::UndoHistory(QObject* parent)
    : QObject(parent) {}

int UndoHistory::push(const QString& description, Action undo, Action redo) {
    const int token = m_nextToken++;
    m_done.append(Entry{token, description, std::move(undo), std::move(redo)});
    if (m_done.size() > kMaxEntries)
        m_done.removeFirst();
    m_undone.clear();
    emit changed();
    return token;
}

QString UndoHistory::undoDescription() const {
    return m_done.isEmpty() ? QString() : m_done.constLast().description;
}

QString UndoHistory::redoDescription() const {
    return m_undone.isEmpty() ? QString() : m_undone.constLast().description;
}

Result<void> UndoHistory::undo() {
    if (m_done.isEmpty())
        return fail(ErrorCode::NotFound, tr("There is nothing to undo."));
    return runUndo(m_done.size() - 1);
}

Result<void> UndoHistory::undo(int token) {
    for (qsizetype i = 0; i < m_done.size(); ++i)
        if (m_done.at(i).token == token)
            return runUndo(i);
    return fail(ErrorCode::NotFound, tr("This change was already undone."));
}

Result<void> UndoHistory::runUndo(qsizetype index) {
    // An entry that could not be undone is dropped: what it would redo did not happen.
    Entry entry = m_done.takeAt(index);
    auto result = entry.undo();
    if (result)
        m_undone.append(std::move(entry));
    emit changed();
    return result;
}

Result<void> UndoHistory::redo() {
    if (m_undone.isEmpty())
        return fail(ErrorCode::NotFound, tr("There is nothing to redo."));
    Entry entry = m_undone.takeLast();
    auto result = entry.redo();
    if (result)
        m_done.append(std::move(entry));
    emit changed();
    return result;
}

} // namespace Fieldbook
