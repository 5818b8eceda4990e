#include "UserRepository.h"

#include "store/db/Database.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Clock.h"
#include "common/Uuid7.h"
#include "common/Validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kColumns =
    u"id, name, email, role, manager_id, team, active, created_at, updated_at, row_version, deleted"_s;

User fromRow(const QSqlQuery& q) {
    User u;
    u.id = q.value(0).toString();
    u.name = q.value(1).toString();
    u.email = q.value(2).toString();
    parseUserRole(q.value(3).toString(), &u.role);
    u.managerId = q.value(4).toString();
    u.team = q.value(5).toString();
    u.active = q.value(6).toInt() != 0;
    u.createdAt = q.value(7).toLongLong();
    u.updatedAt = q.value(8).toLongLong();
    u.rowVersion = q.value(9).toLongLong();
    u.deleted = q.value(10).toInt() != 0;
    return u;
}

} // namespace

UserRepository::UserRepository(Database& db)
    : m_db(db) {}

Result<User> UserRepository::get(const QString& id) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns + u" FROM users WHERE id = ?"_s, {id}, u"load user"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("UserRepository", "The user no longer exists."),
                    id);
    User u = fromRow(**q);
    (*q)->finish();
    return u;
}

Result<User> UserRepository::localUser() const {
    return get(m_db.localUserId());
}

Result<QList<User>> UserRepository::all() const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns + u" FROM users WHERE deleted = 0 ORDER BY name"_s, {},
                                   u"list users"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<User> list;
    while ((*q)->next())
        list.append(fromRow(**q));
    (*q)->finish();
    return list;
}

Result<std::optional<User>> UserRepository::findByName(const QString& name) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns +
                                       u" FROM users WHERE name = ? COLLATE NOCASE AND +deleted = 0 LIMIT 1"_s,
                                   {name.trimmed()}, u"find user"_s);
    if (!q)
        return std::unexpected(q.error());
    std::optional<User> result;
    if ((*q)->next())
        result = fromRow(**q);
    (*q)->finish();
    return result;
}

Result<User> UserRepository::save(User u) {
    u.name = u.name.trimmed();
    if (u.name.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("UserRepository", "A user needs a name."));
    if (!u.email.isEmpty() && !isValidEmail(u.email))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("UserRepository", "“%1” is not a valid e-mail address.").arg(u.email));
    if (!u.managerId.isEmpty() && u.managerId == u.id)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("UserRepository", "A user cannot be their own manager."));
    // A new id cannot be stored yet: skip loading the previous row (imports insert many records).
    const bool isNew = u.id.isEmpty();
    if (isNew)
        u.id = createUuid7();
    auto ok = m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::users());
        auto previous = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(u.id);
        if (!previous)
            return std::unexpected(previous.error());
        auto saved = writer.save(
            u.id, {u.name, u.email, userRoleName(u.role), u.managerId, u.team, u.active, QString()}, *previous);
        if (!saved)
            return std::unexpected(saved.error());
        u.createdAt = saved->createdAt;
        u.updatedAt = saved->updatedAt;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return u;
}

Result<bool> UserRepository::localUserNeedsName() const {
    auto user = localUser();
    if (!user)
        return std::unexpected(user.error());
    const QString placeholder = m_db.setting(u"local_user_placeholder"_s);
    if (!placeholder.isEmpty())
        return user->name == placeholder;
    // Stores created before the placeholder was remembered.
    return user->name == u"Me"_s || user->name == QCoreApplication::translate("Database", "Me");
}

Result<bool> UserRepository::localUserNamedByServer() const {
    auto connected = m_db.connection().scalar(u"SELECT 1 FROM sync_state LIMIT 1"_s, {}, u"check sync server"_s);
    if (!connected)
        return std::unexpected(connected.error());
    return connected->isValid();
}

Result<User> UserRepository::renameLocalUser(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("UserRepository", "A user needs a name."));
    auto byServer = localUserNamedByServer();
    if (!byServer)
        return std::unexpected(byServer.error());
    if (*byServer)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("UserRepository",
                                                "Your name comes from the sync server's user directory; an admin "
                                                "changes it there."));
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto r = m_db.connection().write(u"UPDATE users SET name = ?, updated_at = ? WHERE id = ?"_s,
                                         {trimmed, Clock::nowMs(), m_db.localUserId()}, u"rename the local user"_s);
        if (!r)
            return std::unexpected(r.error());
        m_db.notifyChanged(u"users"_s, m_db.localUserId());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return localUser();
}

} // namespace Fieldbook
