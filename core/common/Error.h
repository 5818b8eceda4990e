#pragma once

#include <QString>

#include <expected>

namespace Fieldbook {

/// What kind of failure an Error describes; callers branch on this, never on message text.
enum class ErrorCode {
    InvalidInput,     ///< the user's or a file's data is malformed or fails validation
    NotFound,         ///< the record, file or column asked for does not exist
    Duplicate,        ///< a unique value (external id, email) is already taken
    Io,               ///< a file could not be read or written
    Database,         ///< SQLite reported a failure not covered below
    DatabaseLocked,   ///< another process holds the database
    DatabaseTooNew,   ///< the file was written by a newer Fieldbook
    DiskFull,         ///< the disk or quota is full; nothing was written
    Cancelled,        ///< the user cancelled long work; nothing was written
    Unsupported,      ///< a format version or feature this build does not handle
    PermissionDenied, ///< the caller may not do this (wrong user, revoked device, outside their scope)
    TooManyAttempts,  ///< repeated failed sign-ins: wait before trying again
    NotSignedIn,      ///< sync: wrong password, expired sign-in, revoked device or disabled user
    Untrusted,        ///< sync: the server's TLS certificate is not trusted (never ignored)
    Unreachable,      ///< sync: no connection, timeout, or the server is temporarily unavailable
    ServerFailure,    ///< sync: the server answered with an error or something unreadable
    TooLarge,         ///< a body or file exceeds the size the receiver accepts
    Conflict,         ///< the request does not fit the receiver's state (resend from where it is)
    Corrupt,          ///< bytes do not match the hash that names them
};

/// A failure: `message` is translated and shown to the user, `detail` goes to the log.
struct Error {
    ErrorCode code = ErrorCode::Database;
    QString message;
    QString detail;
};

/// The one result type of the project (docs/architecture.md, Errors).
template<class T>
using Result = std::expected<T, Error>;

/// Shorthand for returning a failure: `return fail(ErrorCode::NotFound, tr("..."));`
inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {}) {
    return std::unexpected(Error{code, std::move(message), std::move(detail)});
}

} // namespace Fieldbook
