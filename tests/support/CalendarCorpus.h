#pragma once

#include <QDir>
#include <QDirIterator>
#include <QString>
#include <QStringList>

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

/// The path of a file of the corpus, by its name inside it ("icalendar/america_new_york.ics").
inline QString calendarCorpusFile(const QString& name) {
    return calendarCorpus() + QLatin1Char('/') + name;
}

/// The names of the corpus' .ics files inside it, sorted ("icaljs/google_birthday.ics", ...).
inline QStringList calendarCorpusFiles() {
    const QString root = calendarCorpus();
    if (root.isEmpty())
        return {};
    const QDir corpus(root);
    QStringList files;
    QDirIterator it(corpus.path(), {QStringLiteral("*.ics")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(corpus.relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace Fieldbook::Test

/// Leaves a test case that reads the corpus, with a warning, where the corpus is not there.
#define SKIP_WITHOUT_CALENDAR_CORPUS()                                                                                 \
    if (Fieldbook::Test::calendarCorpus().isEmpty()) {                                                                 \
        WARN("skipped: the calendar corpus (FIELDBOOK_SHARED_DATA or ../shared/data/calendar) is not there");          \
        return;                                                                                                        \
    }
