#pragma once

#include <QDir>
#include <QString>

namespace Fieldbook::Test {

/// The real iCalendar files beside the repository (../shared/data/calendar), or under
/// FIELDBOOK_SHARED_DATA; empty when neither is there (a clone on a machine without the shared data).
inline QString calendarCorpus() {
    for (const QString& root :
         {qEnvironmentVariable("FIELDBOOK_SHARED_DATA"), QStringLiteral(FIELDBOOK_SOURCE_DIR "/../shared/data")}) {
        const QString dir = root + QStringLiteral("/calendar");
        if (!root.isEmpty() && QDir(dir).exists())
            return QDir(dir).absolutePath();
    }
    return {};
}

} // namespace Fieldbook::Test

/// Leaves a test case that reads the corpus, with a warning, where the corpus is not there.
#define SKIP_WITHOUT_CALENDAR_CORPUS()                                                                                 \
    if (Fieldbook::Test::calendarCorpus().isEmpty()) {                                                                 \
        WARN("skipped: the calendar corpus (FIELDBOOK_SHARED_DATA or ../shared/data/calendar) is not there");          \
        return;                                                                                                        \
    }
