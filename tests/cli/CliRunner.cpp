#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

CliRunner::CliRunner() {
    REQUIRE(m_dir.isValid());
}

QString CliRunner::program() {
    QString cli = qEnvironmentVariable("FIELDBOOK_CLI");
    if (cli.isEmpty())
        cli = QStringLiteral(FIELDBOOK_CLI_PATH); // the binary built next to these tests
    if (cli.isEmpty() || !QFileInfo(cli).isExecutable())
        FAIL("FIELDBOOK_CLI must name the fieldbook-cli binary");
    return cli;
}

QString CliRunner::writeFile(const QString& name, const QByteArray& text) const {
    QFile file(path(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
    return file.fileName();
}

QMap<int, QString> rejectedRows(const QJsonObject& report) {
    QMap<int, QString> rows;
    for (const QJsonValue& v : report.value(QStringLiteral("rejected")).toArray())
        rows.insert(v.toObject().value(QStringLiteral("row")).toInt(),
                    v.toObject().value(QStringLiteral("reason")).toString());
    return rows;
}

CliRun CliRunner::run(const QStringList& arguments) const {
    return runRaw(QStringList{u"--db"_s, dbPath()} + arguments);
}

CliRun CliRunner::runRaw(const QStringList& arguments, const QStringList& wrapper) const {
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s); // English messages whatever the machine's locale
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    if (wrapper.isEmpty())
        process.start(program(), arguments);
    else
        process.start(wrapper.first(), wrapper.mid(1) + QStringList{program()} + arguments);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        FAIL("fieldbook-cli did not finish: " << arguments.join(u' ').toStdString());
    }
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliRun succeeded(const CliRunner& cli, const QStringList& arguments) {
    CliRun run = cli.run(arguments);
    INFO(arguments.join(u' ').toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

namespace {

QJsonDocument jsonDocument(const QByteArray& text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

} // namespace

QJsonObject jsonObject(const QByteArray& text) {
    const QJsonDocument document = jsonDocument(text);
    INFO(text.toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

QJsonArray jsonArray(const QByteArray& text) {
    const QJsonDocument document = jsonDocument(text);
    INFO(text.toStdString());
    REQUIRE(document.isArray());
    return document.array();
}

QString cliTestData(const QString& name) {
    QString dir = qEnvironmentVariable("FIELDBOOK_TEST_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral(FIELDBOOK_SOURCE_DIR "/tests/data");
    return QDir(dir).filePath(name);
}

QString sharedDataDir() {
    QStringList candidates{qEnvironmentVariable("FIELDBOOK_SHARED_DATA"),
                           QStringLiteral(FIELDBOOK_SOURCE_DIR "/../shared/data")};
    for (const auto& dir : candidates) {
        if (!dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(u"maven-crm/accounts.csv"_s)))
            return QDir::cleanPath(dir);
    }
    return {};
}

} // namespace Fieldbook::Test
