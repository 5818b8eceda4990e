#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace Fieldbook {

class Database;

/// How far one rep is with one call list (docs/telesales.md, Progress).
struct CallListProgress {
    QString listId;
    QString ownerId;      ///< the rep the entries are assigned to
    int toCall = 0;       ///< open entries
    int done = 0;         ///< entries ended
    int callbacksDue = 0; ///< open entries whose callback time has come
    int calls = 0;        ///< calls made from the list
    int connects = 0;     ///< of them, those that reached someone (callConnects)

    [[nodiscard]] double connectRate() const { return calls > 0 ? double(connects) / calls : 0.0; }
    /// Adds the counts of `other` (a list's total over its reps, a rep's over their lists).
    void add(const CallListProgress& other) {
        toCall += other.toCall;
        done += other.done;
        callbacksDue += other.callbacksDue;
        calls += other.calls;
        connects += other.connects;
    }
};

/// Reads the progress of call lists per rep from the entries and the calls made from them.
class CallListProgressQuery final {
public:
    explicit CallListProgressQuery(Database& db);
    /// Per list and rep, lists by id and reps by id; an empty `listId`: every list. `now` (ms)
    /// decides which callbacks are due.
    [[nodiscard]] Result<QList<CallListProgress>> read(const QString& listId, qint64 now) const;

private:
    Database& m_db;
};

} // namespace Fieldbook
