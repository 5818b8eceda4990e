#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Fieldbook {

/// How a call ended (docs/telesales.md, Wrap-up), stored as the call activity's outcome.
enum class CallOutcome {
    Connected,
    NoAnswer,
    Busy,
    Voicemail,
    WrongNumber,
    DoNotCall,
    NotInterested,
    Callback,
    MeetingBooked,
};

/// Every outcome, in the order the wrap-up offers them (their keys 1 to 9).
[[nodiscard]] const QList<CallOutcome>& callOutcomeList();
/// The stored name, shared with the activities' outcomes ("connected", "no answer", ...).
[[nodiscard]] QString callOutcomeKey(CallOutcome outcome);
[[nodiscard]] std::optional<CallOutcome> parseCallOutcome(const QString& key);
/// The outcome for people, translated.
[[nodiscard]] QString callOutcomeLabel(CallOutcome outcome);
/// Whether someone was reached (counts as a connect): connected, not interested, callback,
/// meeting booked and do not call.
[[nodiscard]] bool callConnects(CallOutcome outcome);
/// Whether the entry comes back after the list's delay: no answer and busy.
[[nodiscard]] bool callRetries(CallOutcome outcome);

/// `script` with each placeholder ({first_name}, {last_name}, {company}, {owner}, {last_order})
/// replaced by its value in `values`; a placeholder without a value is left as it is.
[[nodiscard]] QString fillCallScript(const QString& script, const QList<std::pair<QString, QString>>& values);

/// What a call list was built from.
enum class CallListSource { Contacts, Leads, Accounts, Selection, Csv };
[[nodiscard]] QString callListSourceKey(CallListSource source);
[[nodiscard]] std::optional<CallListSource> parseCallListSource(const QString& key);

/// A list of numbers to call, worked by the reps its entries are assigned to.
struct CallList {
    QString id;
    QString name;
    CallListSource source = CallListSource::Contacts;
    QString filter;        ///< how it was built (JSON), shown with the list
    int priority = 0;      ///< higher lists come first in the queue
    int retryMinutes = 60; ///< no answer or busy: the entry comes back after this
    int maxAttempts = 3;   ///< calls at most; the last one without a connect ends the entry
    QString script;        ///< read out on the call; placeholders such as {first_name} filled in
    bool team = true;      ///< read by everyone below the owner (else the owner's own list)
    bool closed = false;   ///< worked no more; its entries leave the queue
    QStringList reps;      ///< the users its entries are assigned to (kept by the repository)
    QString ownerId;
    friend bool operator==(const CallList&, const CallList&) = default;
};

enum class CallEntryStatus { Open, Done, Removed };
[[nodiscard]] QString callEntryStatusKey(CallEntryStatus status);
[[nodiscard]] CallEntryStatus parseCallEntryStatus(const QString& key);

/// One number on a call list, reserved to the rep it is assigned to (its owner).
struct CallListEntry {
    QString id;
    QString listId;
    QString contactId;
    QString leadId;
    QString accountId;
    QString name;
    QString phone; ///< E.164 ("+4930123456")
    int priority = 0;
    CallEntryStatus status = CallEntryStatus::Open;
    int attempts = 0;
    qint64 lastCalledAt = 0; ///< ms since the epoch, UTC; 0: never called
    qint64 retryAt = 0;      ///< not before this (a retry's delay); 0: at once
    qint64 callbackAt = 0;   ///< a callback agreed for then; 0: none
    QString lastOutcome;
    QString ownerId; ///< the rep it is assigned to
    friend bool operator==(const CallListEntry&, const CallListEntry&) = default;
};

} // namespace Fieldbook
