// Catch2 runner for widget suites: a QApplication on the offscreen platform unless one is set.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FieldbookTests"));
    QApplication::setApplicationName(QStringLiteral("fieldbook-ui-tests"));
    return Catch::Session().run(argc, argv);
}
