#include "OtherDevice.h"

#include "InProcessServer.h"
#include "sync/SyncEngine.h"

namespace Fieldbook::Test {

OtherDevice::OtherDevice(InProcessServer& server, QString user)
    : m_user(std::move(user))
    , m_network([&server]() -> Server::HttpApi& { return server.api(); }) {}

QString OtherDevice::sync() {
    SyncEngine::Options options;
    options.server = InProcessServer::url();
    options.user = m_user;
    options.timeoutMs = 10'000;
    options.refreshTokenChanged = [this](const QString& token) {
        m_refreshToken = token;
    };
    SyncEngine engine(db(), m_network, options);
    engine.setRefreshToken(m_refreshToken);
    engine.setPassword(InProcessServer::passwordOf(m_user));
    auto result = engine.run();
    return result ? QString() : result.error().message;
}

} // namespace Fieldbook::Test
