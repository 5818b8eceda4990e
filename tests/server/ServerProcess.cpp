#include "ServerProcess.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

namespace {

constexpr int kCommandTimeoutMs = 120'000;
constexpr int kStartTimeoutMs = 30'000;

QProcessEnvironment englishEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s); // English messages whatever the machine's locale
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    return env;
}

/// Waits until `process` prints something on stdout; false when it ended or the time ran out.
bool waitForOutput(QProcess& process) {
    if (process.bytesAvailable() > 0)
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kStartTimeoutMs);
    loop.exec();
    return process.bytesAvailable() > 0;
}

} // namespace

ServerProcess::ServerProcess(QStringList storeArguments)
    : m_storeArguments(std::move(storeArguments)) {}

ServerProcess::~ServerProcess() {
    if (m_serve && m_serve->state() != QProcess::NotRunning)
        kill();
}

QString ServerProcess::program() {
    QString server = qEnvironmentVariable("FIELDBOOK_SERVER");
    if (server.isEmpty())
        server = QStringLiteral(FIELDBOOK_SERVER_PATH); // the binary built next to these tests
    if (server.isEmpty() || !QFileInfo(server).isExecutable())
        FAIL("FIELDBOOK_SERVER must name the fieldbook-server binary");
    return server;
}

ServerRun ServerProcess::run(const QStringList& arguments, const QByteArray& input) const {
    return runRaw(m_storeArguments + arguments, input);
}

ServerRun ServerProcess::runRaw(const QStringList& arguments, const QByteArray& input) {
    QProcess process;
    process.setProcessEnvironment(englishEnvironment());
    process.start(program(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kCommandTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        FAIL("fieldbook-server did not finish: " << arguments.join(u' ').toStdString());
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QUrl ServerProcess::start(const QString& certificateFile, const QString& keyFile, const QStringList& options) {
    REQUIRE((!m_serve || m_serve->state() == QProcess::NotRunning));
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessEnvironment(englishEnvironment());
    m_log.clear();
    m_serve->start(program(), m_storeArguments +
                                  QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s,
                                              certificateFile, u"--tls-key"_s, keyFile} +
                                  options);
    QByteArray printed;
    while (!printed.contains('\n')) {
        if (!waitForOutput(*m_serve))
            FAIL("fieldbook-server serve did not start: " << log().toStdString());
        printed += m_serve->readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(printed).trimmed();
    INFO(line.toStdString());
    REQUIRE(line.startsWith(u"listening on https://127.0.0.1:"_s));
    REQUIRE_FALSE(line.endsWith(u":0"_s));
    return QUrl(line.mid(u"listening on "_s.size()));
}

qint64 ServerProcess::pid() const {
    REQUIRE(m_serve);
    return m_serve->processId();
}

void ServerProcess::kill() {
    REQUIRE(m_serve);
    m_serve->kill();
    REQUIRE(m_serve->waitForFinished(kStartTimeoutMs));
    m_log += m_serve->readAllStandardError();
}

int ServerProcess::terminate() {
    REQUIRE(m_serve);
    m_serve->terminate();
    const bool ended = m_serve->waitForFinished(kStartTimeoutMs);
    m_log += m_serve->readAllStandardError();
    if (!ended) {
        kill();
        return -1;
    }
    return m_serve->exitStatus() == QProcess::NormalExit ? m_serve->exitCode() : -1;
}

QByteArray ServerProcess::log() const {
    return m_log + (m_serve ? m_serve->readAllStandardError() : QByteArray());
}

} // namespace Fieldbook::Test
