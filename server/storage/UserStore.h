#pragma once

#include "common/Error.h"
#include "protocol/WireFormat.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Fieldbook::Server {

class ServerDatabase;

/// A user about to be added.
struct NewUser {
    QString id;
    QString name;
    QString role;      ///< rep, manager, admin
    QString managerId; ///< empty: nobody
    qint64 createdAt = 0;
};

/// What sign-in needs to know of a user.
struct UserCredentials {
    QString id;
    QString passwordHash; ///< PasswordHash's form; empty until a password is set
    qint64 lockedUntil = 0;
    bool disabled = false;
};

/// What the scope rule needs to know of a user.
struct UserAccess {
    QString role;
    bool disabled = false;
    QString managerId = {}; ///< empty: nobody
};

/// The server's `users` table: names, roles, reporting lines, passwords and the failed sign-ins
/// that lock an account for a while.
class UserStore final {
public:
    explicit UserStore(ServerDatabase& db);

    /// The id of the user called `name`; nullopt when there is none.
    [[nodiscard]] Result<std::optional<QString>> idOf(const QString& name);
    [[nodiscard]] Result<void> add(const NewUser& user);
    [[nodiscard]] Result<void> setDisabled(const QString& userId, bool disabled);
    /// Every user, by name (the directory: never credentials).
    [[nodiscard]] Result<QList<Wire::DirectoryUser>> all();
    /// The role of `userId`; nullopt for an unknown id.
    [[nodiscard]] Result<std::optional<UserAccess>> access(const QString& userId);
    /// The users whose manager is `managerId`.
    [[nodiscard]] Result<QStringList> reportsOf(const QString& managerId);

    /// Sets the password hash of the user called `name` and clears their lock-out; false when
    /// there is no such user.
    [[nodiscard]] Result<bool> setPasswordHash(const QString& name, const QString& hash);
    [[nodiscard]] Result<std::optional<UserCredentials>> credentials(const QString& name);

private:
    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
