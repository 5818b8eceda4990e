#pragma once

#include <QLoggingCategory>

namespace Fieldbook::Server {

/// The server's log category, `fieldbook.server`: details that must not reach clients (SQL text,
/// storage errors) and the connections `serve` cuts.
Q_DECLARE_LOGGING_CATEGORY(lcServer)

} // namespace Fieldbook::Server
