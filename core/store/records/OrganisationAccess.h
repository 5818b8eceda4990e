#pragma once

#include "common/Error.h"

namespace Fieldbook {

class Database;

/// Whether the local user may change the organisation's records (RecordScope::Organisation: the
/// catalogue, price lists, pipelines): managers and admins may, reps may not. A store whose user is
/// not in its directory yet is a new standalone store, and its user is in charge.
[[nodiscard]] bool mayEditOrganisation(Database& db);

/// PermissionDenied with `message` (translated, saying what may not be changed) for a rep, so that
/// the store refuses at once instead of the server at the next sync.
[[nodiscard]] Result<void> requireOrganisationEditor(Database& db, const QString& message);

} // namespace Fieldbook
