#pragma once

#include "common/Error.h"
#include "domain/CallList.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Fieldbook {

class Database;

/// Call lists and their entries (docs/telesales.md). Entries are reserved to the rep they are
/// assigned to (their owner): a rep's queue offers only their own.
class CallListRepository final {
    Q_DECLARE_TR_FUNCTIONS(CallListRepository)

public:
    explicit CallListRepository(Database& db);

    /// Creates or changes a list (an empty id: a new one, owned by the local user unless named).
    [[nodiscard]] Result<CallList> save(CallList list);
    [[nodiscard]] Result<std::optional<CallList>> list(const QString& id) const;
    /// Every live list, by name.
    [[nodiscard]] Result<QList<CallList>> lists() const;
    /// The list called `nameOrId` (its id, or its name ignoring case); NotFound naming it otherwise.
    [[nodiscard]] Result<CallList> find(const QString& nameOrId) const;

    /// Deletes a list and its entries (a list whose building failed).
    [[nodiscard]] Result<void> remove(const QString& id);
    /// Adds `entries` to `listId` in one transaction (new ids; owned by the list's owner unless
    /// assigned). Inside an open transaction it joins it.
    [[nodiscard]] Result<void> add(const QString& listId, QList<CallListEntry> entries);
    [[nodiscard]] Result<std::optional<CallListEntry>> entry(const QString& id) const;
    /// The live entries of a list, in the order they were added.
    [[nodiscard]] Result<QList<CallListEntry>> entries(const QString& listId) const;
    /// The open entries of `phone` (E.164) on every list.
    [[nodiscard]] Result<QList<CallListEntry>> openWithPhone(const QString& phone) const;
    /// Writes an entry's progress or assignee back (a call's wrap-up, a reassignment).
    [[nodiscard]] Result<void> update(const CallListEntry& entry);

    /// The next call of `userId` at `now` (ms since the epoch), in the queue's order
    /// (docs/telesales.md, The queue): callbacks that are due, earliest first; then, list by list
    /// from the highest priority, the entry of highest priority not tried longest (never tried
    /// first) whose retry delay has passed. Entries of closed lists wait. nullopt: nothing to call.
    /// `onlyList`: that list's alone.
    [[nodiscard]] Result<std::optional<CallListEntry>> next(const QString& userId, qint64 now,
                                                            const QString& onlyList = {}) const;

    /// Assigns the list's open entries to `users` in turn, in the order they were added: the
    /// first to the first user, the second to the second... Returns how many were assigned.
    [[nodiscard]] Result<int> assignRoundRobin(const QString& listId, const QStringList& users);
    /// Moves `count` open entries of `listId` assigned to `fromUser`, those added first, to
    /// `toUser` (a manager reassigning by hand). Returns how many moved.
    [[nodiscard]] Result<int> moveOpen(const QString& listId, const QString& fromUser, int count,
                                       const QString& toUser);
    /// Assigns the entries `ids` to `userId`. Returns how many changed hands.
    [[nodiscard]] Result<int> assign(const QStringList& ids, const QString& userId);

private:
    /// Writes down who works each list (CallList::reps): the assignees of its open entries.
    [[nodiscard]] Result<void> refreshReps(const QStringList& listIds);
    [[nodiscard]] Result<void> checkAssignee(const QString& userId) const;

    Database& m_db;
};

} // namespace Fieldbook
