#pragma once

#include <QString>
#include <QUrl>

namespace Fieldbook::ServerAddress {

/// One spelling of a sync server's address, so that the ways of writing the same one compare
/// equal: scheme and host in lower case, no default port (443, or 80 for http), no trailing
/// slash, no user, query or fragment. "HTTPS://CRM.example.com:443/" -> "https://crm.example.com".
/// Different names of one machine (localhost and 127.0.0.1) stay different: the server's id
/// from hello tells those apart.
QString normalised(const QUrl& url);

/// Whether `a` and `b` are the same address, however each is written.
bool same(const QString& a, const QString& b);

} // namespace Fieldbook::ServerAddress
