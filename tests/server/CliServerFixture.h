#pragma once

#include "BinaryFixture.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Fieldbook::Test {

/// What one run of the real fieldbook-cli printed and returned.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

/// Runs fieldbook-cli with `arguments` and waits for it (two minutes at most).
CliRun cli(const QStringList& arguments);

/// The real fieldbook-server on loopback over HTTPS (the backend given, usually each in turn with
/// GENERATE) with its development CA and the rep `ann` (password in password.txt), and a folder
/// for stores that sync with it through the real fieldbook-cli.
struct CliServerFixture : BinaryFixture {
    explicit CliServerFixture(ServerBackend backend);

    /// A file of the server's development TLS set (ca.pem, server.pem, server.key).
    QString tls(const QString& name) const { return tlsFile(name); }
    void writeFile(const QString& name, const QByteArray& data);
    /// `sync` of the store `db` (in dir) as ann, with the password in `passwordFile` and the CA `ca`
    /// (default: the server's own).
    QStringList syncArguments(const QString& db, const QString& server,
                              const QString& passwordFile = QStringLiteral("password.txt"),
                              const QString& ca = {}) const;
    CliRun sync(const QString& db, const QString& passwordFile = QStringLiteral("password.txt"),
                const QString& ca = {});
};

} // namespace Fieldbook::Test
