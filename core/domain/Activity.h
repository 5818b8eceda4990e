#pragma once

#include <QStringList>

namespace Fieldbook {

enum class ActivityKind { Call, Meeting, Visit, Email, Note, Task };

/// Stable storage names of the kinds ("call", "meeting", ...), never translated.
QString activityKindName(ActivityKind kind);
/// Parses a storage name; returns false for anything else.
bool parseActivityKind(const QString& name, ActivityKind* kind);
/// The kind's name for people ("Call"), translated.
QString activityKindLabel(ActivityKind kind);

/// The call outcomes the quick log form offers, as stored ("connected", "left voicemail", ...).
QStringList callOutcomes();
/// A stored outcome in the user's language: every outcome Fieldbook writes (the form's, the demo
/// data's) is translated; free text from imports is shown as it is.
QString callOutcomeName(const QString& outcome);

/// One interaction with a contact and/or an account, or with a lead.
struct Activity {
    QString id;
    ActivityKind kind = ActivityKind::Note;
    QString subject;
    qint64 startsAt = 0; ///< ms since the epoch, UTC
    int durationMinutes = 0;
    QString outcome; ///< e.g. "connected", "left voicemail", free text
    QString notes;
    QString contactId;
    QString accountId;
    QString leadId;        ///< the lead it was logged for; kept when the lead becomes a contact
    QString opportunityId; ///< the opportunity it was for, if any
    QString callListId;    ///< a call made from a call list: the list (docs/telesales.md)
    int talkSeconds = 0;   ///< a call's length to the second (0: not timed)
    bool done = true;      ///< tasks start open; logged calls and meetings are done
    QString ownerId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
    bool deleted = false;
    friend bool operator==(const Activity&, const Activity&) = default;
};

} // namespace Fieldbook
