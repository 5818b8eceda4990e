// Catch2 runner for suites without widgets: a QCoreApplication, so a widget dependency fails to link.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FieldbookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("fieldbook-tests"));
    return Catch::Session().run(argc, argv);
}
