#include "User.h"

namespace Fieldbook {

QString userRoleName(UserRole role) {
    switch (role) {
    case UserRole::Rep:
        return QStringLiteral("rep");
    case UserRole::Manager:
        return QStringLiteral("manager");
    case UserRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("rep");
}

bool parseUserRole(const QString& name, UserRole* role) {
    for (auto r : {UserRole::Rep, UserRole::Manager, UserRole::Admin}) {
        if (userRoleName(r).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            *role = r;
            return true;
        }
    }
    return false;
}

} // namespace Fieldbook
