#include "Activity.h"

#include "common/Picklist.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Fieldbook {

namespace {
constexpr std::array<std::pair<ActivityKind, const char*>, 6> kNames{{
    {ActivityKind::Call, "call"},
    {ActivityKind::Meeting, "meeting"},
    {ActivityKind::Visit, "visit"},
    {ActivityKind::Email, "email"},
    {ActivityKind::Note, "note"},
    {ActivityKind::Task, "task"},
}};

const Picklist& kindPicklist() {
    static const Picklist list("Activity", {
                                               {"call", QT_TRANSLATE_NOOP("Activity", "Call")},
                                               {"meeting", QT_TRANSLATE_NOOP("Activity", "Meeting")},
                                               {"visit", QT_TRANSLATE_NOOP("Activity", "Visit")},
                                               {"email", QT_TRANSLATE_NOOP("Activity", "E-mail")},
                                               {"note", QT_TRANSLATE_NOOP("Activity", "Note")},
                                               {"task", QT_TRANSLATE_NOOP("Activity", "Task")},
                                           });
    return list;
}

/// The form's four outcomes first, then those the demo data also writes (resources/demo).
constexpr qsizetype kOfferedOutcomes = 4;
const Picklist& outcomePicklist() {
    static const Picklist list("Activity", {
                                               {"connected", QT_TRANSLATE_NOOP("Activity", "Connected")},
                                               {"left voicemail", QT_TRANSLATE_NOOP("Activity", "Left voicemail")},
                                               {"no answer", QT_TRANSLATE_NOOP("Activity", "No answer")},
                                               {"busy", QT_TRANSLATE_NOOP("Activity", "Busy")},
                                               {"call back later", QT_TRANSLATE_NOOP("Activity", "Call back later")},
                                               {"meeting booked", QT_TRANSLATE_NOOP("Activity", "Meeting booked")},
                                               {"not interested", QT_TRANSLATE_NOOP("Activity", "Not interested")},
                                               {"wrong number", QT_TRANSLATE_NOOP("Activity", "Wrong number")},
                                               {"gatekeeper", QT_TRANSLATE_NOOP("Activity", "Gatekeeper")},
                                               {"do not call", QT_TRANSLATE_NOOP("Activity", "Do not call")},
                                           });
    return list;
}
} // namespace

QString activityKindName(ActivityKind kind) {
    for (const auto& [k, name] : kNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return QStringLiteral("note");
}

bool parseActivityKind(const QString& name, ActivityKind* kind) {
    for (const auto& [k, n] : kNames) {
        if (name == QLatin1String(n)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString activityKindLabel(ActivityKind kind) {
    return kindPicklist().name(activityKindName(kind));
}

QStringList callOutcomes() {
    return outcomePicklist().keys().mid(0, kOfferedOutcomes);
}

QString callOutcomeName(const QString& outcome) {
    return outcomePicklist().name(outcome);
}

} // namespace Fieldbook
