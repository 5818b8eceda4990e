#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Fieldbook {

Q_LOGGING_CATEGORY(lcInstance, "fieldbook.instance")

namespace {

constexpr int kAnswerMs = 3000;
const QByteArray kAcknowledged = "ok\n";

QString socketPath(const QString& storePath) {
    const QFileInfo info(storePath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(u"fieldbook-"_s + QString::fromLatin1(hash.left(20)) + u".socket"_s);
}

} // namespace

SingleInstance::SingleInstance(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_name(socketPath(storePath)) {}

SingleInstance::~SingleInstance() = default;

SingleInstance::Handover SingleInstance::claim(const QByteArray& request) {
    // Two starts at the same moment must not both decide they are first.
    QLockFile lock(m_name + u".lock"_s);
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(kAnswerMs))
        qCWarning(lcInstance) << "could not take" << lock.fileName() << "- going on without it";
    const Handover handover = handOver(request);
    if (handover == Handover::None)
        listen();
    return handover;
}

SingleInstance::Handover SingleInstance::handOver(const QByteArray& request) const {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kAnswerMs))
        return Handover::None; // nobody listens: the socket file, if any, is stale
    socket.write(request + '\n');
    if (!socket.waitForBytesWritten(kAnswerMs))
        return Handover::NoAnswer;
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(kAnswerMs))
        answer += socket.readAll();
    return answer == kAcknowledged ? Handover::Delivered : Handover::NoAnswer;
}

void SingleInstance::listen() {
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_name); // left behind by an instance that crashed
    if (!m_server->listen(m_name)) {
        qCWarning(lcInstance) << "cannot listen on" << m_name << m_server->errorString();
        return;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::accept);
}

void SingleInstance::accept() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto serve = [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray request = socket->readLine().trimmed();
            socket->write(kAcknowledged);
            socket->flush();
            emit requested(request);
        };
        connect(socket, &QLocalSocket::readyRead, this, serve);
        serve(); // the request may have arrived with the connection
    }
}

} // namespace Fieldbook
