// Catch2 runner for widget suites: a QApplication on the offscreen platform unless one is set,
// and no desktop keychain.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Sync sign-ins in tests never reach the user's desktop keychain (they go to a 0600 file in
    // the tests' own data folder); qtkeychain also serves one thread only.
    if (qEnvironmentVariableIsEmpty("FIELDBOOK_KEYCHAIN"))
        qputenv("FIELDBOOK_KEYCHAIN", "off");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FieldbookTests"));
    QApplication::setApplicationName(QStringLiteral("fieldbook-ui-tests"));
    return Catch::Session().run(argc, argv);
}
