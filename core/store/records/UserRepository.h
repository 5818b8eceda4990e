#pragma once

#include "common/Error.h"
#include "domain/User.h"

#include <optional>

namespace Fieldbook {

class Database;

/// The people who own records. The server owns the user directory; locally the repository keeps
/// what sync delivers plus users created by imports and demo data.
class UserRepository final {
public:
    explicit UserRepository(Database& db);

    [[nodiscard]] Result<User> get(const QString& id) const;
    [[nodiscard]] Result<User> localUser() const;
    /// Live users, by name.
    [[nodiscard]] Result<QList<User>> all() const;
    [[nodiscard]] Result<std::optional<User>> findByName(const QString& name) const;
    [[nodiscard]] Result<User> save(User user);

    /// Whether the local user still has the name the store gave it when $USER named nobody ("Me"):
    /// documents then leave it out and the first quote asks for the real one.
    [[nodiscard]] Result<bool> localUserNeedsName() const;
    /// Whether the local user's name comes from a sync server's user directory (the store signed
    /// in), so that only the server changes it.
    [[nodiscard]] Result<bool> localUserNamedByServer() const;
    /// Gives the local user of a store that never signed in to a server their own name. Like the
    /// row itself, the name is this device's and never enters the outbox.
    [[nodiscard]] Result<User> renameLocalUser(const QString& name);

private:
    Database& m_db;
};

} // namespace Fieldbook
