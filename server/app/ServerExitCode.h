#pragma once

#include "common/Error.h"

namespace Fieldbook::Server {

/// The exit status of fieldbook-server; scripts rely on these values (documented in --help).
enum class ServerExitCode : int {
    Ok = 0,
    Failure = 1, ///< the store refused the change: unknown user or device, a name already taken...
    Usage = 2,   ///< unknown command or option, missing or malformed argument
    Store = 3,   ///< the server store cannot be opened, is locked, newer than this program, or failed
    Input = 4,   ///< a file given on the command line (password, certificate, key) is missing or unusable
};

/// The exit code for a failure of the store or of a service working on it.
ServerExitCode exitCodeFor(const Error& error);

} // namespace Fieldbook::Server
