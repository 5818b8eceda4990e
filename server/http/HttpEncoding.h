#pragma once

#include <QByteArray>

/// Content codings of HTTP bodies (RFC 9110, section 8.4): what a client accepts, and what a
/// gzip body announces about itself before anything is inflated.
namespace Fieldbook::Server::HttpEncoding {

/// Whether an Accept-Encoding header value admits gzip ("gzip, deflate"; not "gzip;q=0").
bool acceptsGzip(const QByteArray& acceptEncoding);

/// The size a gzip body says it inflates to (its trailer, RFC 1952 ISIZE, modulo 4 GiB); -1 when
/// the body is too short to be gzip.
qint64 gzipDeclaredSize(const QByteArray& gzip);

} // namespace Fieldbook::Server::HttpEncoding
