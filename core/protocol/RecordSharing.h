#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Fieldbook {

/// Who besides the owner's scope reads records of a type, and what the others see (docs/server.md,
/// "Calendars: attendees, private events and the team's week"). Declared on the RecordType; the
/// server applies it when it sends records, the same for every type that declares it.
struct RecordSharing {
    /// A JSON field holding objects whose "user_id" names a colleague who reads the record in full
    /// (an event's attendees). Empty: nobody beyond the scope rule.
    QString readersIn;
    /// What colleagues of the owner's team, and everyone but the owner and the readers of a private
    /// record, receive: only these fields (an event's times and whether it makes them busy).
    /// Empty: the type is not shown to the team.
    QStringList busyFields;
    /// A boolean field: when set, only the owner and the readers see more than the busy fields.
    QString privateField;
    /// A text field and a value: a record holding it is read, in full, by everyone below its owner
    /// along the manager chain (a team's commission plan). Empty: nobody below the owner.
    QString downField;
    QString downValue;
    /// Reference fields whose records this record's owner reads and may change (not their owner
    /// or their life) although the scope rule does not reach them: a call list entry lends its
    /// contact, lead and account to the rep it is assigned to. Empty: it lends nothing.
    QStringList lends = {};

    enum class View { Full, Busy };

    bool isShared() const { return !busyFields.isEmpty() || !readersIn.isEmpty(); }
    /// Whether everyone below the owner reads the record of `fields` (downField).
    bool readBelow(const QJsonObject& fields) const {
        return !downField.isEmpty() && fields.value(downField).toString() == downValue;
    }
    /// The users a record's `fields` name as readers.
    QStringList readers(const QJsonObject& fields) const;
    /// What `userId` receives of a record owned by `ownerId`; `ownerInScope`: the scope rule lets
    /// the user read the owner's records (themselves, a manager above the owner, an admin).
    View viewOf(const QJsonObject& fields, const QString& ownerId, const QString& userId, bool ownerInScope) const;
};

} // namespace Fieldbook
