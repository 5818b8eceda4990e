#include "UndoHistory.h"

namespace Fieldbook {

UndoHistory::UndoHistory(QObject* parent)
    : QObject(parent) {}

int UndoHistory::push(const QString& description, Action undo) {
    const int token = m_nextToken++;
    m_entries.append(Entry{token, description, std::move(undo)});
    if (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
    emit changed();
    return token;
}

QString UndoHistory::nextDescription() const {
    return m_entries.isEmpty() ? QString() : m_entries.constLast().description;
}

Result<void> UndoHistory::undo() {
    if (m_entries.isEmpty())
        return fail(ErrorCode::NotFound, tr("There is nothing to undo."));
    return run(m_entries.size() - 1);
}

Result<void> UndoHistory::undo(int token) {
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).token == token)
            return run(i);
    return fail(ErrorCode::NotFound, tr("This change was already undone."));
}

Result<void> UndoHistory::run(qsizetype index) {
    const Entry entry = m_entries.takeAt(index);
    emit changed();
    return entry.action();
}

} // namespace Fieldbook
