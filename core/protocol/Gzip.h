#pragma once

#include "common/Error.h"

#include <QByteArray>

namespace Fieldbook::Gzip {

/// The gzip form (RFC 1952) of `data`, as sent in `Content-Encoding: gzip` bodies.
QByteArray compress(const QByteArray& data);

/// The data inside a gzip body, refusing to inflate beyond `maxBytes` (a small body may expand a
/// thousandfold); InvalidInput when the body is not gzip or is cut short.
[[nodiscard]] Result<QByteArray> decompress(const QByteArray& gzip, qint64 maxBytes);

} // namespace Fieldbook::Gzip
