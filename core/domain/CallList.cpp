#include "CallList.h"

#include "common/Picklist.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr std::array<std::pair<CallOutcome, const char*>, 9> kOutcomes{{
    {CallOutcome::Connected, "connected"},
    {CallOutcome::NoAnswer, "no answer"},
    {CallOutcome::Busy, "busy"},
    {CallOutcome::Voicemail, "left voicemail"},
    {CallOutcome::WrongNumber, "wrong number"},
    {CallOutcome::DoNotCall, "do not call"},
    {CallOutcome::NotInterested, "not interested"},
    {CallOutcome::Callback, "call back later"},
    {CallOutcome::MeetingBooked, "meeting booked"},
}};

constexpr std::array<std::pair<CallListSource, const char*>, 5> kSources{{
    {CallListSource::Contacts, "contacts"},
    {CallListSource::Leads, "leads"},
    {CallListSource::Accounts, "accounts"},
    {CallListSource::Selection, "selection"},
    {CallListSource::Csv, "csv"},
}};

} // namespace

const QList<CallOutcome>& callOutcomeList() {
    static const QList<CallOutcome> all = [] {
        QList<CallOutcome> list;
        for (const auto& [outcome, key] : kOutcomes)
            list.append(outcome);
        return list;
    }();
    return all;
}

QString callOutcomeKey(CallOutcome outcome) {
    for (const auto& [o, key] : kOutcomes)
        if (o == outcome)
            return QString::fromLatin1(key);
    return {};
}

std::optional<CallOutcome> parseCallOutcome(const QString& key) {
    for (const auto& [o, k] : kOutcomes)
        if (key == QLatin1StringView(k))
            return o;
    return std::nullopt;
}

QString callOutcomeLabel(CallOutcome outcome) {
    static const Picklist labels("CallList", {
                                                 {"connected", QT_TRANSLATE_NOOP("CallList", "Connected")},
                                                 {"no answer", QT_TRANSLATE_NOOP("CallList", "No answer")},
                                                 {"busy", QT_TRANSLATE_NOOP("CallList", "Busy")},
                                                 {"left voicemail", QT_TRANSLATE_NOOP("CallList", "Voicemail")},
                                                 {"wrong number", QT_TRANSLATE_NOOP("CallList", "Wrong number")},
                                                 {"do not call", QT_TRANSLATE_NOOP("CallList", "Do not call")},
                                                 {"not interested", QT_TRANSLATE_NOOP("CallList", "Not interested")},
                                                 {"call back later", QT_TRANSLATE_NOOP("CallList", "Callback")},
                                                 {"meeting booked", QT_TRANSLATE_NOOP("CallList", "Meeting booked")},
                                             });
    return labels.name(callOutcomeKey(outcome));
}

bool callConnects(CallOutcome outcome) {
    switch (outcome) {
    case CallOutcome::Connected:
    case CallOutcome::NotInterested:
    case CallOutcome::Callback:
    case CallOutcome::MeetingBooked:
    case CallOutcome::DoNotCall:
        return true;
    case CallOutcome::NoAnswer:
    case CallOutcome::Busy:
    case CallOutcome::Voicemail:
    case CallOutcome::WrongNumber:
        return false;
    }
    return false;
}

bool callRetries(CallOutcome outcome) {
    return outcome == CallOutcome::NoAnswer || outcome == CallOutcome::Busy;
}

QString fillCallScript(const QString& script, const QList<std::pair<QString, QString>>& values) {
    QString out = script;
    for (const auto& [key, value] : values)
        if (!value.isEmpty())
            out.replace(u'{' + key + u'}', value);
    return out;
}

QString callListSourceKey(CallListSource source) {
    for (const auto& [s, key] : kSources)
        if (s == source)
            return QString::fromLatin1(key);
    return u"contacts"_s;
}

std::optional<CallListSource> parseCallListSource(const QString& key) {
    for (const auto& [s, k] : kSources)
        if (key == QLatin1StringView(k))
            return s;
    return std::nullopt;
}

QString callEntryStatusKey(CallEntryStatus status) {
    switch (status) {
    case CallEntryStatus::Open:
        return u"open"_s;
    case CallEntryStatus::Done:
        return u"done"_s;
    case CallEntryStatus::Removed:
        return u"removed"_s;
    }
    return u"open"_s;
}

CallEntryStatus parseCallEntryStatus(const QString& key) {
    if (key == u"done")
        return CallEntryStatus::Done;
    if (key == u"removed")
        return CallEntryStatus::Removed;
    return CallEntryStatus::Open;
}

} // namespace Fieldbook
