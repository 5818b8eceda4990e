#include "Activity.h"

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

} // namespace Fieldbook
