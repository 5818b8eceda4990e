// fieldbook-cli: a thin composition root; the commands live in fieldbook_cli_lib (CliApplication).
#include "CliApplication.h"
#include "CliContext.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>

namespace {

void onInterrupt(int) {
    Fieldbook::CliContext::interrupted.store(true);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
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
