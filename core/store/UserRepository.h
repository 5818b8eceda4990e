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

private:
    Database& m_db;
};

} // namespace Fieldbook
