#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QWidget;

namespace Fieldbook {

class Database;

/// The questions a manager answers to hand out a call list's entries (docs/telesales.md, Managing
/// lists): the reps who get them in turn, or whom a rep's open entries go to and how many.
class CallListAssignment final {
    Q_DECLARE_TR_FUNCTIONS(CallListAssignment)

public:
    /// The active users who get the open entries of `listName` in turn, checked by the user;
    /// nullopt when cancelled.
    static std::optional<QStringList> askReps(QWidget* parent, Database& db, const QString& listName);

    struct Move {
        int count = 0;
        QString userId;
    };
    /// How many of `fromName`'s `open` entries go to whom (never `fromId`); nullopt when cancelled.
    static std::optional<Move> askMove(QWidget* parent, Database& db, const QString& fromId, const QString& fromName,
                                       int open);
};

} // namespace Fieldbook
