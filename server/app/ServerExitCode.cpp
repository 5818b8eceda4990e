#include "ServerExitCode.h"

namespace Fieldbook::Server {

ServerExitCode exitCodeFor(const Error& error) {
    switch (error.code) {
    case ErrorCode::Database:
    case ErrorCode::DatabaseLocked:
    case ErrorCode::DatabaseTooNew:
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
    case ErrorCode::Unsupported:
        return ServerExitCode::Store;
    default:
        return ServerExitCode::Failure; // unknown user or device, a name taken, a refused password...
    }
}

} // namespace Fieldbook::Server
