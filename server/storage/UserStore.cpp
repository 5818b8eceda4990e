#include "UserStore.h"

#include "ServerDatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

UserStore::UserStore(ServerDatabase& db)
    : m_db(db) {}

Result<std::optional<QString>> UserStore::idOf(const QString& name) {
    auto id = m_db.scalar(u"SELECT id FROM users WHERE name = ?"_s, {name});
    if (!id)
        return std::unexpected(id.error());
    return id->isValid() ? std::optional<QString>(id->toString()) : std::nullopt;
}

Result<void> UserStore::add(const NewUser& user) {
    return m_db.execute(u"INSERT INTO users (id, name, role, manager_id, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                        {user.id, user.name, user.role,
                         user.managerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : user.managerId,
                         user.createdAt});
}

Result<void> UserStore::setDisabled(const QString& userId, bool disabled) {
    return m_db.execute(u"UPDATE users SET disabled = ? WHERE id = ?"_s, {disabled ? 1 : 0, userId});
}

Result<QList<Wire::DirectoryUser>> UserStore::all() {
    auto q = m_db.run(u"SELECT id, name, role, manager_id, team, disabled FROM users ORDER BY name"_s, {});
    if (!q)
        return std::unexpected(q.error());
    QList<Wire::DirectoryUser> users;
    while ((*q)->next())
        users.append({(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString(),
                      (*q)->value(3).toString(), (*q)->value(4).toString(), (*q)->value(5).toInt() == 0});
    (*q)->finish();
    return users;
}

Result<std::optional<UserAccess>> UserStore::access(const QString& userId) {
    auto q = m_db.run(u"SELECT role, disabled, manager_id FROM users WHERE id = ?"_s, {userId});
    if (!q)
        return std::unexpected(q.error());
    std::optional<UserAccess> found;
    if ((*q)->next())
        found = UserAccess{(*q)->value(0).toString(), (*q)->value(1).toInt() != 0, (*q)->value(2).toString()};
    (*q)->finish();
    return found;
}

Result<QStringList> UserStore::reportsOf(const QString& managerId) {
    auto q = m_db.run(u"SELECT id FROM users WHERE manager_id = ?"_s, {managerId});
    if (!q)
        return std::unexpected(q.error());
    QStringList ids;
    while ((*q)->next())
        ids.append((*q)->value(0).toString());
    (*q)->finish();
    return ids;
}

Result<bool> UserStore::setPasswordHash(const QString& name, const QString& hash) {
    auto q = m_db.run(u"UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE name = ?"_s,
                      {hash, name});
    if (!q)
        return std::unexpected(q.error());
    return (*q)->numRowsAffected() == 1;
}

Result<std::optional<UserCredentials>> UserStore::credentials(const QString& name) {
    auto q = m_db.run(u"SELECT id, password_hash, locked_until, disabled FROM users WHERE name = ?"_s, {name});
    if (!q)
        return std::unexpected(q.error());
    std::optional<UserCredentials> found;
    if ((*q)->next())
        found = UserCredentials{(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toLongLong(),
                                (*q)->value(3).toInt() != 0};
    (*q)->finish();
    return found;
}

} // namespace Fieldbook::Server
