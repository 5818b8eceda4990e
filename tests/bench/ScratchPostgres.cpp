#include "ScratchPostgres.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

ScratchPostgres::ScratchPostgres(QUrl maintenanceUrl)
    : m_maintenance(std::move(maintenanceUrl)) {}

ScratchPostgres::~ScratchPostgres() {
    if (m_name.isEmpty())
        return;
    if (auto dropped = administer(u"DROP DATABASE "_s + m_name + u" WITH (FORCE)"_s); !dropped)
        std::fprintf(stderr, "fieldbook-bench: could not drop the PostgreSQL database %s: %s\n", qPrintable(m_name),
                     qPrintable(dropped.error().message));
}

Result<QString> ScratchPostgres::create() {
    const QString name = u"fbbench_"_s + QUuid::createUuid().toString(QUuid::Id128);
    if (auto created = administer(u"CREATE DATABASE "_s + name); !created)
        return std::unexpected(created.error());
    m_name = name;
    QUrl url = m_maintenance;
    url.setPath(u"/"_s + name);
    return url.toString();
}

Result<void> ScratchPostgres::administer(const QString& sql) const {
    const QString connection = u"fieldbook-bench-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(m_maintenance.host());
        if (m_maintenance.port() > 0)
            db.setPort(m_maintenance.port());
        db.setUserName(m_maintenance.userName());
        db.setPassword(m_maintenance.password());
        db.setDatabaseName(m_maintenance.path().mid(1));
        if (!db.isValid()) {
            result = fail(ErrorCode::Unsupported, u"the Qt PostgreSQL driver (QPSQL) is not installed"_s);
        } else if (!db.open()) {
            result = fail(ErrorCode::Database,
                          u"cannot connect to %1: %2"_s.arg(m_maintenance.toDisplayString(QUrl::RemovePassword),
                                                            db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                result = fail(ErrorCode::Database, sql + u": "_s + query.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace Fieldbook::Bench
