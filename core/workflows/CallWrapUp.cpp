#include "CallWrapUp.h"

#include "store/db/Database.h"
#include "store/records/ActivityRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/LeadRepository.h"
#include "store/records/TaskRepository.h"
#include "store/records/UserRepository.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr int kMaxTalkSeconds = 24 * 3600;
} // namespace

CallWrapUp::CallWrapUp(Database& db)
    : m_db(db) {}

CallListEntry CallWrapUp::progressed(CallListEntry entry, const CallList& list, const CallWrapUpInput& input,
                                     qint64 now) {
    entry.attempts += 1;
    entry.lastCalledAt = input.startedAt > 0 ? input.startedAt : now;
    entry.lastOutcome = callOutcomeKey(input.outcome);
    entry.callbackAt = 0;
    entry.retryAt = 0;
    entry.status = CallEntryStatus::Done;
    if (input.outcome == CallOutcome::Callback) {
        entry.status = CallEntryStatus::Open;
        entry.callbackAt = input.callbackAt;
        if (!input.callbackFor.isEmpty())
            entry.ownerId = input.callbackFor; // the callback comes up in their queue
    } else if (callRetries(input.outcome) && entry.attempts < list.maxAttempts) {
        entry.status = CallEntryStatus::Open;
        entry.retryAt = now + list.retryMinutes * kMinuteMs;
    }
    return entry;
}

Result<void> CallWrapUp::check(const CallWrapUpInput& input, qint64 now) const {
    if (input.talkSeconds < 0 || input.talkSeconds > kMaxTalkSeconds)
        return fail(ErrorCode::InvalidInput, tr("A call lasts from 0 seconds to 24 hours."));
    if (input.outcome != CallOutcome::Callback)
        return {};
    if (input.callbackAt <= now)
        return fail(ErrorCode::InvalidInput, tr("A callback needs a time that has not passed yet."));
    if (!input.callbackFor.isEmpty())
        if (auto user = UserRepository(m_db).get(input.callbackFor); !user)
            return std::unexpected(user.error());
    return {};
}

Activity CallWrapUp::activityOf(const CallListEntry& entry, const CallWrapUpInput& input, qint64 now) const {
    Activity a;
    a.kind = ActivityKind::Call;
    a.subject = tr("Call with %1").arg(entry.name.isEmpty() ? entry.phone : entry.name);
    a.startsAt = input.startedAt > 0 ? input.startedAt : now;
    a.talkSeconds = input.talkSeconds;
    a.durationMinutes = (input.talkSeconds + 59) / 60;
    a.outcome = callOutcomeKey(input.outcome);
    a.notes = input.notes.trimmed();
    if (!input.nextStep.trimmed().isEmpty())
        a.notes += (a.notes.isEmpty() ? QString() : u"\n"_s) + tr("Next step: %1").arg(input.nextStep.trimmed());
    a.contactId = entry.contactId;
    a.accountId = entry.accountId;
    a.leadId = entry.leadId;
    a.opportunityId = input.opportunityId;
    a.callListId = entry.listId;
    a.done = true;
    return a;
}

Result<CalendarTask> CallWrapUp::callbackTask(const CallListEntry& entry, const CallWrapUpInput& input) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(input.callbackAt, QTimeZone::systemTimeZone());
    CalendarTask task;
    task.title = tr("Call back %1").arg(entry.name.isEmpty() ? entry.phone : entry.name);
    task.description = entry.phone;
    task.due = CalendarTime::zoned(at.date(), at.time(), QTimeZone::systemTimeZoneId());
    task.reminders = {0};
    task.contactId = entry.contactId;
    task.accountId = entry.accountId;
    task.leadId = entry.leadId;
    task.opportunityId = input.opportunityId;
    task.ownerId = input.callbackFor;
    return TaskRepository(m_db).save(task);
}

Result<void> CallWrapUp::setDoNotCall(const CallListEntry& entry, bool on) {
    if (!entry.contactId.isEmpty()) {
        auto contact = ContactRepository(m_db).get(entry.contactId);
        if (!contact && contact.error().code == ErrorCode::NotFound)
            return {}; // a colleague's contact, not on this device (docs/telesales.md, Do not call)
        if (!contact)
            return std::unexpected(contact.error());
        contact->doNotCall = on;
        auto saved = ContactRepository(m_db).save(*contact);
        return saved ? Result<void>() : std::unexpected(saved.error());
    }
    if (!entry.leadId.isEmpty()) {
        auto lead = LeadRepository(m_db).get(entry.leadId);
        if (!lead && lead.error().code == ErrorCode::NotFound)
            return {};
        if (!lead)
            return std::unexpected(lead.error());
        lead->doNotCall = on;
        auto saved = LeadRepository(m_db).save(*lead);
        return saved ? Result<void>() : std::unexpected(saved.error());
    }
    return {};
}

Result<void> CallWrapUp::blockNumber(const CallListEntry& entry, QList<CallListEntry>& blocked) {
    if (auto flagged = setDoNotCall(entry, true); !flagged)
        return flagged;
    CallListRepository entries(m_db);
    auto others = entries.openWithPhone(entry.phone);
    if (!others)
        return std::unexpected(others.error());
    for (CallListEntry other : std::as_const(*others)) {
        if (other.id == entry.id)
            continue;
        blocked.append(other);
        other.status = CallEntryStatus::Removed;
        other.lastOutcome = callOutcomeKey(CallOutcome::DoNotCall);
        if (auto ok = entries.update(other); !ok)
            return ok;
    }
    return {};
}

Result<CallWrapUpResult> CallWrapUp::save(const CallWrapUpInput& input, qint64 now) {
    if (auto ok = check(input, now); !ok)
        return std::unexpected(ok.error());
    CallListRepository entries(m_db);
    CallWrapUpResult result;
    CallListEntry before;
    QList<CallListEntry> blocked;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto entry = entries.entry(input.entryId);
        if (!entry)
            return std::unexpected(entry.error());
        if (!*entry)
            return fail(ErrorCode::NotFound, tr("The call list entry no longer exists."));
        auto list = entries.list((*entry)->listId);
        if (!list)
            return std::unexpected(list.error());
        if (!*list)
            return fail(ErrorCode::NotFound, tr("The call list no longer exists."));
        before = **entry;
        // The entry vouches for its contact, account and lead: a colleague's, not on this device,
        // is still linked (docs/telesales.md, Working offline).
        auto activity = ActivityRepository(m_db).save(activityOf(before, input, now),
                                                      {before.contactId, before.accountId, before.leadId});
        if (!activity)
            return std::unexpected(activity.error());
        result.activity = *activity;
        result.entry = progressed(before, **list, input, now);
        if (auto saved = entries.update(result.entry); !saved)
            return saved;
        if (input.outcome == CallOutcome::DoNotCall)
            if (auto ok = blockNumber(before, blocked); !ok)
                return ok;
        if (input.outcome == CallOutcome::Callback) {
            auto task = callbackTask(before, input);
            if (!task)
                return std::unexpected(task.error());
            result.callback = *task;
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    result.numbersBlocked = int(blocked.size());
    result.undo = undoStep(result, before, blocked);
    return result;
}

UndoStep CallWrapUp::undoStep(const CallWrapUpResult& done, const CallListEntry& before,
                              const QList<CallListEntry>& blocked) const {
    Database& db = m_db;
    const QString activityId = done.activity.id;
    const QString taskId = done.callback ? done.callback->id : QString();
    const CallListEntry after = done.entry;
    const bool blockedNumber = done.activity.outcome == callOutcomeKey(CallOutcome::DoNotCall);
    auto apply = [&db, activityId, taskId, blockedNumber](const CallListEntry& entry,
                                                          const QList<CallListEntry>& others, bool undo) {
        return db.transaction([&]() -> Result<void> {
            ActivityRepository activities(db);
            if (auto ok = undo ? activities.remove(activityId) : activities.restore(activityId); !ok)
                return ok;
            TaskRepository tasks(db);
            if (!taskId.isEmpty())
                if (auto ok = undo ? tasks.remove(taskId) : tasks.restore(taskId); !ok)
                    return ok;
            if (blockedNumber)
                if (auto ok = CallWrapUp(db).setDoNotCall(entry, !undo); !ok)
                    return ok;
            CallListRepository entries(db);
            for (const CallListEntry& e : others)
                if (auto ok = entries.update(e); !ok)
                    return ok;
            return entries.update(entry);
        });
    };
    QList<CallListEntry> takenOff;
    for (CallListEntry e : blocked) {
        e.status = CallEntryStatus::Removed;
        e.lastOutcome = callOutcomeKey(CallOutcome::DoNotCall);
        takenOff.append(e);
    }
    return {[apply, before, blocked] { return apply(before, blocked, true); },
            [apply, after, takenOff] {
                return apply(after, takenOff, false);
            }};
}

} // namespace Fieldbook
