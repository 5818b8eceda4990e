#include "OrganisationAccess.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

bool mayEditOrganisation(Database& db) {
    auto role = db.connection().scalar(u"SELECT role FROM users WHERE id = ?"_s, {db.localUserId()},
                                       u"read the local user's role"_s);
    return !role || !role->isValid() || role->toString() != u"rep"_s;
}

Result<void> requireOrganisationEditor(Database& db, const QString& message) {
    if (!mayEditOrganisation(db))
        return fail(ErrorCode::PermissionDenied, message);
    return {};
}

} // namespace Fieldbook
