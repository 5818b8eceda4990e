#include "UserDirectory.h"

#include "storage/ServerDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

UserDirectory::UserDirectory(ServerDatabase& db)
    : m_db(db) {}

QString UserDirectory::roleName(Role role) {
    switch (role) {
    case Role::Rep:
        return u"rep"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> UserDirectory::roleFromName(const QString& name) {
    for (Role role : {Role::Rep, Role::Manager, Role::Admin})
        if (roleName(role) == name)
            return role;
    return std::nullopt;
}

Result<QString> UserDirectory::idOf(const QString& name) const {
    auto id = m_db.scalar(u"SELECT id FROM users WHERE name = ?"_s, {name});
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("UserDirectory", "There is no user %1.").arg(name));
    return id->toString();
}

Result<QString> UserDirectory::add(const QString& name, Role role, const QString& managerName) {
    if (name.trimmed().isEmpty() || name.size() > 200)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("UserDirectory", "A user name must have 1 to 200 characters."));
    QString managerId;
    if (!managerName.isEmpty()) {
        auto manager = idOf(managerName);
        if (!manager)
            return std::unexpected(manager.error());
        managerId = *manager;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto taken = m_db.scalar(u"SELECT 1 FROM users WHERE name = ?"_s, {name});
        if (!taken)
            return std::unexpected(taken.error());
        if (taken->isValid())
            return fail(ErrorCode::Duplicate,
                        QCoreApplication::translate("UserDirectory", "There is already a user %1.").arg(name));
        auto inserted = m_db.run(u"INSERT INTO users (id, name, role, manager_id, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                                 {id, name, roleName(role),
                                  managerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : managerId,
                                  QDateTime::currentMSecsSinceEpoch()});
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

Result<void> UserDirectory::setDisabled(const QString& name, bool disabled) {
    auto id = idOf(name);
    if (!id)
        return std::unexpected(id.error());
    auto ok = m_db.run(u"UPDATE users SET disabled = ? WHERE id = ?"_s, {disabled ? 1 : 0, *id});
    if (!ok)
        return std::unexpected(ok.error());
    return {};
}

Result<Wire::Directory> UserDirectory::directory() const {
    auto q = m_db.run(u"SELECT id, name, role, manager_id, team, disabled FROM users ORDER BY name"_s, {});
    if (!q)
        return std::unexpected(q.error());
    Wire::Directory d;
    while ((*q)->next())
        d.users.append({(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString(),
                        (*q)->value(3).toString(), (*q)->value(4).toString(), (*q)->value(5).toInt() == 0});
    (*q)->finish();
    return d;
}

Result<Scope> UserDirectory::scopeOf(const QString& userId) const {
    auto q = m_db.run(u"SELECT role, disabled FROM users WHERE id = ?"_s, {userId});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next() || (*q)->value(1).toInt() != 0) {
        (*q)->finish();
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("UserDirectory", "The user is unknown or disabled."));
    }
    const auto role = roleFromName((*q)->value(0).toString());
    (*q)->finish();
    Scope scope;
    scope.owners.insert(userId);
    scope.writesOrganisation = role == Role::Admin || role == Role::Manager;
    if (role == Role::Admin) {
        scope.everything = true;
        return scope;
    }
    if (role != Role::Manager)
        return scope;
    // Everybody under the manager, level by level; a cycle in the data cannot loop.
    QList<QString> level{userId};
    while (!level.isEmpty()) {
        QList<QString> next;
        for (const QString& manager : std::as_const(level)) {
            auto reports = m_db.run(u"SELECT id FROM users WHERE manager_id = ?"_s, {manager});
            if (!reports)
                return std::unexpected(reports.error());
            while ((*reports)->next()) {
                const QString id = (*reports)->value(0).toString();
                if (!scope.owners.contains(id)) {
                    scope.owners.insert(id);
                    next.append(id);
                }
            }
            (*reports)->finish();
        }
        level = std::move(next);
    }
    return scope;
}

} // namespace Fieldbook::Server
