#pragma once

#include "../../sync/FakeNetwork.h"
#include "TempDatabase.h"

namespace Fieldbook::Test {

class InProcessServer;

/// Another computer of the same team: its own store, synced by the sync engine in the test's
/// thread (no scheduler, no sync thread), signed in with the user's password.
class OtherDevice final {
public:
    OtherDevice(InProcessServer& server, QString user);

    Database& db() { return m_store.db(); }
    /// Its way to the server, with fault hooks.
    FakeNetworkAccessManager& network() { return m_network; }
    /// One sync run; the error message, or an empty string when it succeeded.
    QString sync();

private:
    QString m_user;
    TempDatabase m_store;
    FakeNetworkAccessManager m_network;
    QString m_refreshToken;
};

} // namespace Fieldbook::Test
