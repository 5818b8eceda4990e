#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace Fieldbook {

/// The error to report for an answer of the server at `host` that is not what the request wanted
/// (`status`, and the ErrorBody in `body` when it sent one): the sign-in refused or expired, a
/// refused device, throttling, an unavailable server, or the server's own message.
Error answerError(const QString& host, int status, const QByteArray& body);

} // namespace Fieldbook
