// fieldbook-cli: a thin composition root; the commands live in fieldbook_cli_lib (CliApplication).
#include "CliApplication.h"
#include "CliContext.h"
#include "Translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QFile>
#include <QLoggingCategory>

#include <csignal>
#include <cstring>
#include <memory>

#include <unistd.h>
#include <cstdio>

namespace {

void onInterrupt(int) {
    Fieldbook::CliContext::interrupted.store(true);
}

/// Whether the command writes documents (quote PDFs), which need fonts and so a QGuiApplication.
bool needsGui(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "quote") == 0)
            return true;
    return false;
}

/// The offscreen platform wants a runtime directory; without one Qt warns on stderr, which is
/// reserved for errors. A private one under the temporary folder is what Qt would use anyway.
void ensureRuntimeDirectory() {
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::temp().filePath(QStringLiteral("fieldbook-cli-runtime-%1").arg(getuid()));
    if (QDir().mkpath(dir) &&
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char* argv[]) {
    // Documents run on the offscreen platform, so the command line never needs a display; the
    // other commands need no GUI at all.
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDirectory();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("fieldbook-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDBOOK_VERSION));
    Fieldbook::installTranslations(QLocale::system());
    // stderr carries one clear line per error; progress chatter of the core stays out of it.
    QLoggingCategory::setFilterRules(QStringLiteral("fieldbook.*.info=false\nfieldbook.*.debug=false"));
    // Ctrl+C cancels long work cleanly (its transaction rolls back); a file-size limit must surface
    // as a "disk full" error from SQLite instead of killing the process.
    std::signal(SIGINT, onInterrupt);
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    return Fieldbook::CliApplication().run(QCoreApplication::arguments(), out, err);
}
