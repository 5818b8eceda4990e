#pragma once

#include "common/Error.h"
#include "protocol/RecordType.h"
#include "protocol/WireFormat.h"
#include "storage/OwnerFilter.h"

#include <QSet>
#include <QString>

#include <optional>

namespace Fieldbook::Server {

class ServerDatabase;

enum class Role { Rep, Manager, Admin };

/// Whose records a user may see and change (docs/server.md, "Scope"): a rep their own, a manager
/// also those of everybody under them (transitively), an admin everything.
struct Scope {
    bool everything = false;
    QString userId;
    QSet<QString> owners;
    /// The owner's team (the user's manager and the manager's other reports) beyond `owners`: their
    /// records of the types shown to the team arrive as busy blocks (RecordSharing).
    QSet<QString> team;
    /// The managers above the user, transitively (RecordSharing::downField).
    QSet<QString> above;
    /// Managers and admins write the organisation's records (RecordScope::Organisation).
    bool writesOrganisation = false;
    bool contains(const QString& ownerId) const { return everything || owners.contains(ownerId); }
    /// Whether a record of `type` owned by `ownerId` is visible: organisation records always are.
    bool reaches(const RecordType& type, const QString& ownerId) const {
        return type.scope == RecordScope::Organisation || contains(ownerId);
    }
    /// The owners whose records the user sees, for the reads of server/storage.
    OwnerFilter filter() const {
        return {everything, QStringList(owners.cbegin(), owners.cend()), QStringList(team.cbegin(), team.cend()),
                userId, QStringList(above.cbegin(), above.cend())};
    }
};

/// The server's users (UserStore): roles, the manager of each user, and the scope that follows
/// from them.
class UserDirectory final {
public:
    explicit UserDirectory(ServerDatabase& db);

    /// Adds a user; `managerName` (may be empty) must name an existing user. Returns the new id.
    [[nodiscard]] Result<QString> add(const QString& name, Role role, const QString& managerName);
    [[nodiscard]] Result<void> setDisabled(const QString& name, bool disabled);
    /// The id of the user called `name`; NotFound otherwise.
    [[nodiscard]] Result<QString> idOf(const QString& name) const;
    /// NotFound for an unknown or disabled user.
    [[nodiscard]] Result<Scope> scopeOf(const QString& userId) const;

    /// Every user, for GET /v1/directory: who records can belong to (names and reporting lines,
    /// never credentials).
    [[nodiscard]] Result<Wire::Directory> directory() const;
    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString& name);

private:
    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
