#pragma once

#include "UndoStep.h"
#include "domain/Activity.h"
#include "domain/CalendarTask.h"
#include "domain/CallList.h"

#include <QCoreApplication>

#include <optional>

namespace Fieldbook {

class Database;

/// What the caller entered when a call ended (docs/telesales.md, Wrap-up).
struct CallWrapUpInput {
    QString entryId; ///< the call list entry called
    CallOutcome outcome = CallOutcome::Connected;
    qint64 startedAt = 0; ///< ms since the epoch, UTC
    int talkSeconds = 0;
    QString notes;
    QString nextStep;      ///< what happens next, added to the notes
    QString opportunityId; ///< the opportunity the call was about, if any
    qint64 callbackAt = 0; ///< Callback: when (ms since the epoch, UTC)
    QString callbackFor;   ///< Callback: who calls back (empty: the caller)
};

/// What the wrap-up wrote, and the step that takes it all back.
struct CallWrapUpResult {
    Activity activity;
    CallListEntry entry;                  ///< as it is now
    std::optional<CalendarTask> callback; ///< the callback's task on the calendar
    int numbersBlocked = 0;               ///< "do not call": other open entries of the number taken off
    UndoStep undo;
};

/// Ends a call in one transaction and one undo step: the call as an activity linked to the
/// contact, account, lead and opportunity with its length; the entry's progress (done, a retry
/// after the list's delay, or a callback); "do not call" set on the contact or lead and every open
/// entry of the number taken off; a callback as a task on the calendar of the caller or a colleague.
class CallWrapUp final {
    Q_DECLARE_TR_FUNCTIONS(CallWrapUp)

public:
    explicit CallWrapUp(Database& db);

    /// Writes the wrap-up at `now` (ms since the epoch, the injectable clock's).
    [[nodiscard]] Result<CallWrapUpResult> save(const CallWrapUpInput& input, qint64 now);

    /// The entry's progress after a call with `outcome` at `now` on `list` (pure; the rule of
    /// docs/telesales.md, Retries).
    [[nodiscard]] static CallListEntry progressed(CallListEntry entry, const CallList& list,
                                                  const CallWrapUpInput& input, qint64 now);

private:
    [[nodiscard]] Result<void> check(const CallWrapUpInput& input, qint64 now) const;
    [[nodiscard]] Activity activityOf(const CallListEntry& entry, const CallWrapUpInput& input, qint64 now) const;
    [[nodiscard]] Result<CalendarTask> callbackTask(const CallListEntry& entry, const CallWrapUpInput& input);
    /// Sets "do not call" on the entry's contact or lead and takes every other open entry of its
    /// number off; fills `blocked` with the entries as they were.
    [[nodiscard]] Result<void> blockNumber(const CallListEntry& entry, QList<CallListEntry>& blocked);
    [[nodiscard]] Result<void> setDoNotCall(const CallListEntry& entry, bool on);
    UndoStep undoStep(const CallWrapUpResult& done, const CallListEntry& before,
                      const QList<CallListEntry>& blocked) const;

    Database& m_db;
};

} // namespace Fieldbook
