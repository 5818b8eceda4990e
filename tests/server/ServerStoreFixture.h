#pragma once

#include "storage/ServerDatabase.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace Fieldbook::Test {

enum class ServerBackend { Sqlite, Postgres };

/// SQLite always; PostgreSQL too when FIELDBOOK_TEST_POSTGRES names a server to create test
/// databases on (packaging/dev.sh test starts one and sets it).
std::vector<ServerBackend> serverBackends();
const char* backendName(ServerBackend backend);

/// An empty server store of one backend: an SQLite file in a temporary folder, or a PostgreSQL
/// database of its own that is dropped again afterwards.
class ServerStoreFixture final {
public:
    explicit ServerStoreFixture(ServerBackend backend);
    ~ServerStoreFixture();
    Q_DISABLE_COPY_MOVE(ServerStoreFixture)

    /// Opens (again) the same store, as a restarted server process would.
    std::unique_ptr<Server::ServerDatabase> open() const;
    QString location() const { return m_location; }

private:
    ServerBackend m_backend;
    QTemporaryDir m_dir;
    QString m_location;
    QString m_database; ///< PostgreSQL only
};

} // namespace Fieldbook::Test
