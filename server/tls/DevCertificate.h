#pragma once

#include "common/Error.h"

#include <QString>

namespace Fieldbook::Server {

/// The files of a local development setup: a CA certificate for the clients to trust, and a
/// certificate for localhost, 127.0.0.1 and ::1 signed by that CA, with its private key.
struct DevCertificateFiles {
    QString caCertificate;     ///< ca.pem: pass to the client as --ca-cert
    QString serverCertificate; ///< server.pem: --tls-cert
    QString serverKey;         ///< server.key: --tls-key (readable by the owner only)
};

/// `fieldbook-server dev-cert`: writes a fresh CA (its key is used once and then thrown away, so
/// nobody can sign anything else with it) and a server certificate into `directory`.
/// ECDSA P-256 keys, SHA-256 signatures, valid for `validDays` days.
[[nodiscard]] Result<DevCertificateFiles> createDevCertificate(const QString& directory, int validDays = 825);

} // namespace Fieldbook::Server
