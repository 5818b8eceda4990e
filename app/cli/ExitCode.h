#pragma once

#include "common/Error.h"

namespace Fieldbook {

/// The exit status of fieldbook-cli; scripts rely on these values (documented in --help).
enum class ExitCode : int {
    Ok = 0,
    Failure = 1,  ///< anything else: cancelled, output file not writable, unsupported
    Usage = 2,    ///< unknown command or option, missing or malformed argument
    Database = 3, ///< the database is missing, locked, newer than this program, damaged, or the disk is full
    Input = 4,    ///< the file to import is missing, unreadable or malformed
    // sync
    SignIn = 5,        ///< wrong user or password, sign-in expired, device revoked, too many attempts
    Tls = 6,           ///< the server's certificate is not trusted
    Network = 7,       ///< the server cannot be reached or is temporarily unavailable
    NeedsDecision = 8, ///< in sync, but conflicts or rejected changes wait for a person to decide
};

/// The exit code for `error`: database failures are Database, a cancel is Failure, and anything
/// else `otherwise` (the command knows whether it was reading an input file).
ExitCode exitCodeFor(const Error& error, ExitCode otherwise);

} // namespace Fieldbook
