#include "UserDirectory.h"

#include "storage/ServerDatabase.h"
#include "storage/UserStore.h"

#include <QCoreApplication>
#include <QDateTime>
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
    auto id = UserStore(m_db).idOf(name);
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("UserDirectory", "There is no user %1.").arg(name));
    return **id;
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
        UserStore users(m_db);
        auto taken = users.idOf(name);
        if (!taken)
            return std::unexpected(taken.error());
        if (*taken)
            return fail(ErrorCode::Duplicate,
                        QCoreApplication::translate("UserDirectory", "There is already a user %1.").arg(name));
        return users.add({id, name, roleName(role), managerId, QDateTime::currentMSecsSinceEpoch()});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

Result<void> UserDirectory::setDisabled(const QString& name, bool disabled) {
    auto id = idOf(name);
    if (!id)
        return std::unexpected(id.error());
    return UserStore(m_db).setDisabled(*id, disabled);
}

Result<Wire::Directory> UserDirectory::directory() const {
    auto users = UserStore(m_db).all();
    if (!users)
        return std::unexpected(users.error());
    return Wire::Directory{*users};
}

namespace {

/// The user's manager and the manager's reports, without the user.
Result<QSet<QString>> teamOf(UserStore& users, const QString& userId, const QString& managerId) {
    QSet<QString> team;
    if (managerId.isEmpty())
        return team;
    team.insert(managerId);
    auto reports = users.reportsOf(managerId);
    if (!reports)
        return std::unexpected(reports.error());
    for (const QString& id : std::as_const(*reports))
        if (id != userId)
            team.insert(id);
    return team;
}

/// The managers above the user whose manager is `managerId`, up the chain; a cycle cannot loop.
Result<QSet<QString>> aboveOf(UserStore& users, QString managerId) {
    QSet<QString> above;
    while (!managerId.isEmpty() && !above.contains(managerId)) {
        above.insert(managerId);
        auto access = users.access(managerId);
        if (!access)
            return std::unexpected(access.error());
        managerId = *access ? (*access)->managerId : QString();
    }
    return above;
}

} // namespace

Result<Scope> UserDirectory::scopeOf(const QString& userId) const {
    UserStore users(m_db);
    auto access = users.access(userId);
    if (!access)
        return std::unexpected(access.error());
    if (!*access || (*access)->disabled)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("UserDirectory", "The user is unknown or disabled."));
    const auto role = roleFromName((*access)->role);
    Scope scope;
    scope.userId = userId;
    scope.owners.insert(userId);
    scope.writesOrganisation = role == Role::Admin || role == Role::Manager;
    if (role == Role::Admin) {
        scope.everything = true;
        return scope;
    }
    if (auto team = teamOf(users, userId, (*access)->managerId); team)
        scope.team = std::move(*team);
    else
        return std::unexpected(team.error());
    if (auto above = aboveOf(users, (*access)->managerId); above)
        scope.above = std::move(*above);
    else
        return std::unexpected(above.error());
    if (role != Role::Manager)
        return scope;
    // Everybody under the manager, level by level; a cycle in the data cannot loop.
    QList<QString> level{userId};
    while (!level.isEmpty()) {
        QList<QString> next;
        for (const QString& manager : std::as_const(level)) {
            auto reports = users.reportsOf(manager);
            if (!reports)
                return std::unexpected(reports.error());
            for (const QString& id : std::as_const(*reports)) {
                if (!scope.owners.contains(id)) {
                    scope.owners.insert(id);
                    next.append(id);
                }
            }
        }
        level = std::move(next);
    }
    return scope;
}

} // namespace Fieldbook::Server
