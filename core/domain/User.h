#pragma once

#include <QString>

namespace Fieldbook {

enum class UserRole { Rep, Manager, Admin };

/// A person who owns records; the local user always exists. Managers form the team hierarchy.
struct User {
    QString id;
    QString name;
    QString email;
    UserRole role = UserRole::Rep;
    QString managerId;
    QString team;
    bool active = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
    bool deleted = false;
    friend bool operator==(const User&, const User&) = default;
};

QString userRoleName(UserRole role);
bool parseUserRole(const QString& name, UserRole* role);

} // namespace Fieldbook
