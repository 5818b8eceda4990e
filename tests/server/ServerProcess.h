#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Fieldbook::Test {

/// What one run of a fieldbook-server command printed and returned.
struct ServerRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// The real fieldbook-server binary (FIELDBOOK_SERVER, else the one of this build) on one store:
/// its administration commands, and `serve` as a child process on loopback.
class ServerProcess final {
public:
    /// `storeArguments` go before every command: --data DIR [--database URL].
    explicit ServerProcess(QStringList storeArguments);
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    static QString program();

    /// `fieldbook-server <store arguments> <arguments>` to its end; `input` is its standard input.
    ServerRun run(const QStringList& arguments, const QByteArray& input = {}) const;
    /// `fieldbook-server <arguments>` without the store arguments.
    static ServerRun runRaw(const QStringList& arguments, const QByteArray& input = {});

    /// Starts `serve --listen 127.0.0.1:0` (with `options`) and waits for its "listening on" line;
    /// the base URL.
    QUrl start(const QString& certificateFile, const QString& keyFile, const QStringList& options = {});
    /// The running server's process id.
    qint64 pid() const;
    /// SIGKILL, as a crash or a power cut would end it.
    void kill();
    /// SIGTERM; the exit code once it ended by itself (-1 if it crashed or did not end).
    int terminate();
    /// What the running (or last) server wrote to stderr.
    QByteArray log() const;

private:
    QStringList m_storeArguments;
    std::unique_ptr<QProcess> m_serve;
    QByteArray m_log;
};

} // namespace Fieldbook::Test
