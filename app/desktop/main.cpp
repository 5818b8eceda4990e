// fieldbook: the desktop workspace. Thin composition root: arguments, translations, the store, the window.
#include "MainWindow.h"
#include "calendar/DisplayZone.h"
#include "SettingsDialog.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "importexport/FirstStartDemoData.h"
#include "store/db/Database.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>
#include <QTranslator>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

void applyLanguage(const QString& name) {
    // Replace whatever was installed before (the system language used for early error messages).
    const auto installed = qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QLocale locale = name.isEmpty() ? QLocale::system() : QLocale(name);
    QLocale::setDefault(locale);
    Fieldbook::installTranslations(locale);
}

QString defaultDatabasePath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(u"fieldbook.sqlite"_s);
}

/// The exit code when another instance holds the store (it was asked to come to the front).
std::optional<int> handOverToRunningInstance(Fieldbook::SingleInstance& instance, const QString& path,
                                             const QByteArray& request) {
    switch (instance.claim(request)) {
    case Fieldbook::SingleInstance::Handover::Delivered:
        return 0;
    case Fieldbook::SingleInstance::Handover::NoAnswer:
        Fieldbook::MessageBox::critical(
            nullptr, QApplication::translate("main", "Fieldbook is already open"),
            QApplication::translate("main", "Fieldbook is already open with the store %1 but does not answer. "
                                            "Switch to its window, or close it and start again.")
                .arg(QDir::toNativeSeparators(path)));
        return 1;
    case Fieldbook::SingleInstance::Handover::None:
        break;
    }
    return std::nullopt;
}

/// Brings the window to the front when another start on the same store asks for it.
/// The number a start asks to bring up: `--call NUMBER`, or a fieldbook:call?number=NUMBER link (the
/// desktop file registers the scheme for softphones that open links). Empty for none.
QString callOf(const QCommandLineParser& parser, const QCommandLineOption& call) {
    if (parser.isSet(call))
        return parser.value(call);
    for (const QString& argument : parser.positionalArguments())
        if (const QUrl url(argument); url.scheme() == u"fieldbook"_s && url.path() == u"call"_s)
            return QUrlQuery(url).queryItemValue(u"number"_s, QUrl::FullyDecoded);
    return {};
}

constexpr QByteArrayView kCallRequest = "call:";

/// Brings the window to the front when another start on the same store asks for it, and the caller
/// of a `--call` up (screen pop).
void raiseOnRequest(Fieldbook::SingleInstance& instance, Fieldbook::MainWindow& window) {
    QObject::connect(&instance, &Fieldbook::SingleInstance::requested, &window, [&window](const QByteArray& request) {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
        if (request.startsWith(kCallRequest))
            window.screenPop(QString::fromUtf8(request.mid(kCallRequest.size())));
    });
}

struct Arguments {
    QString db;       ///< --db, empty for the default store
    QString language; ///< --lang, empty for the store's or the system's
    QString call;     ///< the number to bring up (screen pop), empty for none
};

Arguments parseArguments(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Fieldbook, an offline-first CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "Open the store FILE."), u"FILE"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QApplication::translate("main", "Use the language xx_YY (e.g. zh_CN)."), u"xx_YY"_s);
    const QCommandLineOption callOption(
        u"call"_s, QApplication::translate("main", "Bring up the contact or lead whose number is NUMBER (screen pop)."),
        u"NUMBER"_s);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(callOption);
    parser.addPositionalArgument(u"link"_s, QApplication::translate("main", "A fieldbook:call?number=NUMBER link."));
    parser.process(app);
    return {parser.value(dbOption), parser.value(langOption), callOf(parser, callOption)};
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Fieldbook"_s);
    QApplication::setOrganizationName(u"Fieldbook"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(FIELDBOOK_VERSION));
    QApplication::setDesktopFileName(u"org.fieldbook.Fieldbook"_s); // matches the .desktop file
    QApplication::setWindowIcon(QIcon(u":/icons/fieldbook.svg"_s));

    const Arguments arguments = parseArguments(app);
    const QString& call = arguments.call;

    // The store's own errors must already be translated, so a language is installed before opening it.
    applyLanguage(arguments.language);
    const QString path = arguments.db.isEmpty() ? defaultDatabasePath() : arguments.db;
    // A second window on the same store brings the first one to the front instead of opening it again.
    Fieldbook::SingleInstance instance(path);
    if (const auto handedOver = handOverToRunningInstance(
            instance, path, call.isEmpty() ? QByteArray("activate") : kCallRequest.toByteArray() + call.toUtf8()))
        return *handedOver;
    auto db = Fieldbook::Database::open(path);
    if (!db) {
        Fieldbook::MessageBox::critical(
            nullptr, QApplication::translate("main", "Fieldbook cannot open its store"),
            QApplication::translate("main", "%1\n\nFile: %2").arg(db.error().message, QDir::toNativeSeparators(path)),
            db.error().detail);
        return 1;
    }
    const QString language = (*db)->setting(Fieldbook::SettingsDialog::languageKey());
    if (arguments.language.isEmpty() && !language.isEmpty())
        applyLanguage(language);

    // An empty store is filled with realistic demo data on first start (cancellable, remembered).
    Fieldbook::offerDemoDataOnFirstStart(nullptr, (*db)->path(), **db);

    Fieldbook::useDisplayZoneOf(db->get()); // the calendar's zone from Settings, for every pane
    Fieldbook::MainWindow window(**db);
    raiseOnRequest(instance, window);
    window.show();
    if (!call.isEmpty())
        window.screenPop(call);
    return app.exec();
}
