#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/TaskRepository.h"
#include "store/records/UserRepository.h"
#include "workflows/CallWrapUp.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;
constexpr qint64 kMinute = 60'000;

/// A contact at an account, on a list, with the entry to call.
struct Desk {
    Test::TempDatabase tmp;
    Contact contact;
    CallList list;
    CallListEntry entry;

    Desk() {
        Account account;
        account.name = u"Müller Maschinenbau"_s;
        account = AccountRepository(tmp.db()).save(account).value();
        Contact c;
        c.firstName = u"Jana"_s;
        c.lastName = u"Novak"_s;
        c.accountId = account.id;
        c.phones = {{u"work"_s, u"+49 30 1234567"_s}};
        contact = ContactRepository(tmp.db()).save(c).value();
        list.name = u"Spring"_s;
        list.retryMinutes = 30;
        list.maxAttempts = 2;
        list = CallListRepository(tmp.db()).save(list).value();
        entry = addEntry(list.id);
    }

    CallListEntry addEntry(const QString& listId) {
        CallListEntry e;
        e.contactId = contact.id;
        e.accountId = contact.accountId;
        e.name = u"Jana Novak"_s;
        e.phone = u"+49301234567"_s;
        REQUIRE(CallListRepository(tmp.db()).add(listId, {e}));
        const auto all = CallListRepository(tmp.db()).entries(listId);
        REQUIRE(all);
        return all->last();
    }
    CallListEntry stored(const QString& id) { return CallListRepository(tmp.db()).entry(id).value().value(); }
    QList<Activity> calls() { return ActivityRepository(tmp.db()).forContact(contact.id).value(); }
};

} // namespace

TEST_CASE("a callback writes the call, the entry's callback and a colleague's task in one step that undoes whole",
          "[workflows][telesales]") {
    Desk desk;
    User colleague;
    colleague.name = u"王芳"_s;
    colleague = UserRepository(desk.tmp.db()).save(colleague).value();
    CallWrapUpInput in;
    in.entryId = desk.entry.id;
    in.outcome = CallOutcome::Callback;
    in.startedAt = kNow - 2 * kMinute;
    in.talkSeconds = 95;
    in.notes = u"Interested in the service plan"_s;
    in.nextStep = u"Send prices"_s;
    in.callbackAt = kNow + 120 * kMinute;
    in.callbackFor = colleague.id;
    const auto done = CallWrapUp(desk.tmp.db()).save(in, kNow);
    REQUIRE(done);

    const QList<Activity> calls = desk.calls();
    REQUIRE(calls.size() == 1);
    const Activity& call = calls.first();
    CHECK(call.kind == ActivityKind::Call);
    CHECK(call.outcome == u"call back later"_s);
    CHECK(call.talkSeconds == 95);
    CHECK(call.durationMinutes == 2);
    CHECK(call.startsAt == kNow - 2 * kMinute);
    CHECK(call.accountId == desk.contact.accountId);
    CHECK(call.callListId == desk.list.id);
    CHECK(call.notes == u"Interested in the service plan\nNext step: Send prices"_s);

    const CallListEntry entry = desk.stored(desk.entry.id);
    CHECK(entry.status == CallEntryStatus::Open);
    CHECK(entry.attempts == 1);
    CHECK(entry.callbackAt == kNow + 120 * kMinute);
    CHECK(entry.ownerId == colleague.id); // it comes up in the colleague's queue when due
    CHECK(CallListRepository(desk.tmp.db()).next(colleague.id, kNow + 121 * kMinute).value()->id == entry.id);

    REQUIRE(done->callback);
    const auto tasks = TaskRepository(desk.tmp.db()).linkedTo(u"contact_id"_s, desk.contact.id);
    REQUIRE(tasks);
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->first().ownerId == colleague.id);
    CHECK(tasks->first().title == u"Call back Jana Novak"_s);
    CHECK(tasks->first().due->toMSecsSinceEpoch(QTimeZone::utc()) == kNow + 120 * kMinute);

    REQUIRE(done->undo.undo());
    CHECK(desk.calls().isEmpty());
    CHECK(TaskRepository(desk.tmp.db()).linkedTo(u"contact_id"_s, desk.contact.id)->isEmpty());
    CHECK(desk.stored(desk.entry.id) == desk.entry);
    REQUIRE(done->undo.redo());
    CHECK(desk.calls().size() == 1);
    CHECK(desk.stored(desk.entry.id) == entry);
}

TEST_CASE("do not call flags the contact and takes the number off every list, undone together",
          "[workflows][telesales]") {
    Desk desk;
    CallList other;
    other.name = u"Autumn"_s;
    other = CallListRepository(desk.tmp.db()).save(other).value();
    const CallListEntry elsewhere = desk.addEntry(other.id);
    CallWrapUpInput in;
    in.entryId = desk.entry.id;
    in.outcome = CallOutcome::DoNotCall;
    in.talkSeconds = 20;
    const auto done = CallWrapUp(desk.tmp.db()).save(in, kNow);
    REQUIRE(done);
    CHECK(done->numbersBlocked == 1);
    CHECK(ContactRepository(desk.tmp.db()).get(desk.contact.id)->doNotCall);
    CHECK(desk.stored(desk.entry.id).status == CallEntryStatus::Done);
    CHECK(desk.stored(elsewhere.id).status == CallEntryStatus::Removed);
    CHECK_FALSE(CallListRepository(desk.tmp.db()).next(desk.tmp.db().localUserId(), kNow).value());

    REQUIRE(done->undo.undo());
    CHECK_FALSE(ContactRepository(desk.tmp.db()).get(desk.contact.id)->doNotCall);
    CHECK(desk.stored(elsewhere.id) == elsewhere);
    CHECK(desk.stored(desk.entry.id) == desk.entry);
}

TEST_CASE("no answer and busy bring the entry back after the list's delay, at most its number of calls",
          "[workflows][telesales]") {
    CallList list;
    list.retryMinutes = 30;
    list.maxAttempts = 2;
    CallListEntry fresh;
    struct Case {
        CallOutcome outcome;
        int attemptsBefore;
        CallEntryStatus status;
        qint64 retryAt;
    };
    const Case cases[] = {
        {CallOutcome::NoAnswer, 0, CallEntryStatus::Open, kNow + 30 * kMinute},
        {CallOutcome::Busy, 0, CallEntryStatus::Open, kNow + 30 * kMinute},
        {CallOutcome::NoAnswer, 1, CallEntryStatus::Done, 0}, // the second and last call
        {CallOutcome::Voicemail, 0, CallEntryStatus::Done, 0},
        {CallOutcome::Connected, 0, CallEntryStatus::Done, 0},
        {CallOutcome::WrongNumber, 0, CallEntryStatus::Done, 0},
        {CallOutcome::MeetingBooked, 0, CallEntryStatus::Done, 0},
    };
    for (const Case& c : cases) {
        fresh.attempts = c.attemptsBefore;
        CallWrapUpInput in;
        in.outcome = c.outcome;
        const CallListEntry after = CallWrapUp::progressed(fresh, list, in, kNow);
        INFO(callOutcomeKey(c.outcome).toStdString() << " after " << c.attemptsBefore);
        CHECK(after.status == c.status);
        CHECK(after.retryAt == c.retryAt);
        CHECK(after.attempts == c.attemptsBefore + 1);
        CHECK(after.lastCalledAt == kNow);
        CHECK(after.lastOutcome == callOutcomeKey(c.outcome));
    }
}

TEST_CASE("a wrap-up that cannot be written leaves nothing behind", "[workflows][telesales]") {
    Desk desk;
    REQUIRE(ContactRepository(desk.tmp.db()).remove(desk.contact.id)); // the call can no longer be linked
    CallWrapUpInput in;
    in.entryId = desk.entry.id;
    in.outcome = CallOutcome::Callback;
    in.callbackAt = kNow + kMinute;
    CHECK_FALSE(CallWrapUp(desk.tmp.db()).save(in, kNow));
    CHECK(desk.stored(desk.entry.id) == desk.entry);
    CHECK(TaskRepository(desk.tmp.db()).list(TaskRepository::Filter::All)->isEmpty());

    in.callbackAt = kNow - kMinute;
    CHECK(CallWrapUp(desk.tmp.db()).save(in, kNow).error().code == ErrorCode::InvalidInput);
}
