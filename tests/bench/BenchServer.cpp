#include "BenchServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

constexpr int kCommandTimeoutMs = 120'000;
constexpr int kStartTimeoutMs = 30'000;
constexpr int kStopTimeoutMs = 30'000;
constexpr qint64 kLogTailBytes = 4000;

QProcessEnvironment englishEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s); // the "listening on" line is read, whatever the locale
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    return env;
}

Error serverError(const QString& message) {
    return {ErrorCode::ServerFailure, message, {}};
}

} // namespace

BenchServer::BenchServer(QString dataDir, QString databaseUrl)
    : m_dataDir(std::move(dataDir))
    , m_databaseUrl(std::move(databaseUrl)) {}

BenchServer::~BenchServer() {
    stop();
}

QString BenchServer::program() {
    const QString server = qEnvironmentVariable("FIELDBOOK_SERVER");
    return server.isEmpty() ? QStringLiteral(FIELDBOOK_SERVER_PATH) : server;
}

QStringList BenchServer::storeArguments() const {
    QStringList arguments{u"--data"_s, m_dataDir};
    if (!m_databaseUrl.isEmpty())
        arguments += {u"--database"_s, m_databaseUrl};
    return arguments;
}

QString BenchServer::caFile() const {
    return QDir(m_dataDir).filePath(u"tls/ca.pem"_s);
}

Result<void> BenchServer::runCommand(const QStringList& arguments) const {
    const QString shown = u"fieldbook-server "_s + arguments.join(u' ');
    QProcess process;
    process.setProcessEnvironment(englishEnvironment());
    process.start(program(), storeArguments() + arguments);
    if (!process.waitForStarted(kStartTimeoutMs))
        return std::unexpected(serverError(u"cannot run %1 (%2): %3"_s.arg(shown, program(), process.errorString())));
    if (!process.waitForFinished(kCommandTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return std::unexpected(
            serverError(u"%1 did not finish within %2 s"_s.arg(shown).arg(kCommandTimeoutMs / 1000)));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::unexpected(serverError(u"%1 failed (exit code %2): %3"_s.arg(shown)
                                               .arg(process.exitCode())
                                               .arg(QString::fromUtf8(process.readAllStandardError()).trimmed())));
    return {};
}

Result<void> BenchServer::prepare() {
    if (!QDir().mkpath(m_dataDir))
        return std::unexpected(serverError(u"cannot create the server folder %1"_s.arg(m_dataDir)));
    if (!QFileInfo(program()).isExecutable())
        return std::unexpected(serverError(
            u"the fieldbook-server binary %1 is missing; build it or set FIELDBOOK_SERVER"_s.arg(program())));
    if (auto ok = runCommand({u"init"_s}); !ok)
        return ok;
    return runCommand({u"dev-cert"_s});
}

Result<void> BenchServer::addUser(const QString& name, const QString& role, const QString& password) {
    const QString passwordFile = QDir(m_dataDir).filePath(name + u".password"_s);
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(password.toUtf8() + '\n') < 0)
        return std::unexpected(serverError(u"cannot write %1: %2"_s.arg(passwordFile, file.errorString())));
    file.close();
    return runCommand({u"user"_s, u"add"_s, name, u"--role"_s, role, u"--password-file"_s, passwordFile});
}

Result<void> BenchServer::start() {
    const QDir tls(QDir(m_dataDir).filePath(u"tls"_s));
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessEnvironment(englishEnvironment());
    m_serve->setStandardErrorFile(QDir(m_dataDir).filePath(u"serve.log"_s));
    m_serve->start(program(), storeArguments() + QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                                                             u"--tls-cert"_s, tls.filePath(u"server.pem"_s),
                                                             u"--tls-key"_s, tls.filePath(u"server.key"_s)});
    const QDeadlineTimer deadline(kStartTimeoutMs);
    QByteArray printed;
    while (!printed.contains('\n')) {
        if (m_serve->state() == QProcess::NotRunning || deadline.hasExpired())
            break;
        if (m_serve->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            printed += m_serve->readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(printed).trimmed();
    const QString prefix = u"listening on "_s;
    if (!line.startsWith(prefix + u"https://127.0.0.1:"_s)) {
        const QString why = m_serve->state() == QProcess::NotRunning
                                ? u"it ended (exit code %1)"_s.arg(m_serve->exitCode())
                                : u"it printed no \"listening on\" line within %1 s"_s.arg(kStartTimeoutMs / 1000);
        stop();
        return std::unexpected(serverError(u"fieldbook-server serve did not start: %1%2"_s.arg(
            why, line.isEmpty() ? QString() : u"; it printed: "_s + line)));
    }
    m_url = QUrl(line.mid(prefix.size()));
    return {};
}

bool BenchServer::stop() {
    if (!m_serve || m_serve->state() == QProcess::NotRunning)
        return m_serve && m_serve->exitStatus() == QProcess::NormalExit && m_serve->exitCode() == 0;
    m_serve->terminate();
    if (!m_serve->waitForFinished(kStopTimeoutMs)) {
        m_serve->kill();
        m_serve->waitForFinished(kStopTimeoutMs);
        return false;
    }
    return m_serve->exitStatus() == QProcess::NormalExit && m_serve->exitCode() == 0;
}

QString BenchServer::logTail() const {
    QFile log(QDir(m_dataDir).filePath(u"serve.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    log.seek(std::max<qint64>(0, log.size() - kLogTailBytes));
    return QString::fromUtf8(log.readAll());
}

Result<int> BenchServer::recordsOwnedBy(const QString& userName) const {
    const QString name = u"fieldbook-bench-probe-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Result<int> count = std::unexpected(serverError(u"the server store could not be read"_s));
    {
        const QUrl url(m_databaseUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(m_databaseUrl.isEmpty() ? u"QSQLITE"_s : u"QPSQL"_s, name);
        if (m_databaseUrl.isEmpty()) {
            db.setDatabaseName(QDir(m_dataDir).filePath(u"server.sqlite"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        } else {
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        }
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT count(*) FROM records r JOIN users u ON u.id = r.owner_id "
                          u"WHERE u.name = ? AND r.deleted = 0"_s);
            query.addBindValue(userName);
            if (query.exec() && query.next())
                count = query.value(0).toInt();
            else
                count =
                    std::unexpected(serverError(u"cannot count the server's records: "_s + query.lastError().text()));
        } else {
            count = std::unexpected(serverError(u"cannot open the server store: "_s + db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace Fieldbook::Bench
