#include "UserImportWriter.h"

#include "ImportReferences.h"
#include "ImportRow.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

UserImportWriter::UserImportWriter(Database& db, ImportReferences& references)
    : m_repository(db)
    , m_references(references) {}

Result<ImportRowWriter::RowResult> UserImportWriter::write(const ImportRow& row, bool mayDefer) {
    const QString name = row.value(u"name"_s);
    if (name.isEmpty())
        return rejected(tr("a user needs a name"));
    auto ids = m_references.users(name);
    if (!ids)
        return std::unexpected(ids.error());
    if (ids->size() > 1)
        return rejected(tr("name '%1' matches %2 users").arg(name).arg(ids->size()));
    User u;
    const bool existed = !ids->isEmpty();
    if (existed) {
        auto found = m_repository.get(ids->first());
        if (!found)
            return std::unexpected(found.error());
        u = *found;
    }
    const QString oldName = u.name;
    u.name = name;
    if (row.has(u"email"_s))
        u.email = row.value(u"email"_s);
    if (row.has(u"team"_s))
        u.team = row.value(u"team"_s);
    if (row.has(u"role"_s) && !row.value(u"role"_s).isEmpty() && !parseUserRole(row.value(u"role"_s), &u.role))
        return rejected(tr("role '%1' is not one of rep, manager, admin").arg(row.value(u"role"_s)));
    if (row.has(u"manager"_s)) {
        const QString manager = row.value(u"manager"_s);
        u.managerId.clear();
        if (!manager.isEmpty()) {
            auto managers = m_references.users(manager);
            if (!managers)
                return std::unexpected(managers.error());
            if (managers->isEmpty() && mayDefer)
                return RowResult{Outcome::Deferred, {}};
            auto id = ImportReferences::single(*managers, u"manager"_s, manager, true);
            if (!id)
                return rejected(id.error().message);
            u.managerId = *id;
        }
    }
    auto stored = m_repository.save(std::move(u));
    if (!stored)
        return rejectedOrFailed(stored.error());
    m_references.userSaved(stored->id, oldName, stored->name);
    return saved(existed);
}

} // namespace Fieldbook
