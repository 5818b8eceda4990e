#pragma once

#include "BenchSyncClient.h"

#include <QStringList>

namespace Fieldbook::Bench {

/// What the sign-in storm found.
struct SignInStormResult {
    double noopP50Ms = 0;
    double noopP99Ms = 0; ///< of every device's no-op syncs while the storm lasted
    int noopRuns = 0;
    double stormSeconds = 0; ///< from the first sign-in sent to the last one answered
    int accepted = 0;        ///< sign-ins answered 200
    int refused = 0;         ///< answered 401 (wrong password) or 429 too_many_attempts (throttled)
    int busyRetries = 0;     ///< 429 busy answers, each sent again after its Retry-After
    QStringList failures;
};

/// `devices` devices of `endpoint.user`, each on its own thread and signed in already, run
/// syncs with nothing to do while `signIns` password sign-ins hit the server at once from one
/// address (half of them right, as `endpoint.user`, half guesses under names that do not exist);
/// a sign-in answered "busy" is sent again after its Retry-After, as an attacker would. The
/// devices sync over and over until every sign-in has its final answer.
SignInStormResult runSignInStorm(const QString& dir, const SyncEndpoint& endpoint, int devices, int signIns);

} // namespace Fieldbook::Bench
