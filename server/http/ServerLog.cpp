#include "ServerLog.h"

namespace Fieldbook::Server {

Q_LOGGING_CATEGORY(lcServer, "fieldbook.server")

} // namespace Fieldbook::Server
