#pragma once

#include "common/Error.h"

#include <QUrl>

namespace Fieldbook::Bench {

/// A PostgreSQL database of its own for one sync measurement, made on the server that
/// `maintenanceUrl` (postgresql://user@host:port/postgres) names and dropped again on destruction.
/// Created through the Qt driver on the maintenance database, so no psql is needed.
class ScratchPostgres final {
public:
    explicit ScratchPostgres(QUrl maintenanceUrl);
    ~ScratchPostgres();
    Q_DISABLE_COPY_MOVE(ScratchPostgres)

    /// Creates the database; its URL for fieldbook-server --database.
    [[nodiscard]] Result<QString> create();

private:
    [[nodiscard]] Result<void> administer(const QString& sql) const;

    QUrl m_maintenance;
    QString m_name; ///< set once created
};

} // namespace Fieldbook::Bench
