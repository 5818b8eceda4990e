#include "ExitCode.h"

namespace Fieldbook {

ExitCode exitCodeFor(const Error& error, ExitCode otherwise) {
    switch (error.code) {
    case ErrorCode::Database:
    case ErrorCode::DatabaseLocked:
    case ErrorCode::DatabaseTooNew:
    case ErrorCode::DiskFull:
        return ExitCode::Database;
    case ErrorCode::Cancelled:
        return ExitCode::Failure;
    case ErrorCode::NotSignedIn:
    case ErrorCode::TooManyAttempts:
        return ExitCode::SignIn;
    case ErrorCode::Untrusted:
        return ExitCode::Tls;
    case ErrorCode::Unreachable:
        return ExitCode::Network;
    case ErrorCode::ServerFailure:
        return ExitCode::Failure;
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Duplicate:
    case ErrorCode::Io:
    case ErrorCode::Unsupported:
    case ErrorCode::PermissionDenied:
    case ErrorCode::TooLarge:
    case ErrorCode::Conflict:
    case ErrorCode::Corrupt:
        break;
    }
    return otherwise;
}

} // namespace Fieldbook
