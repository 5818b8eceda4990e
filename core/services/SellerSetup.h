#pragma once

#include "common/Error.h"

namespace Fieldbook {

class Database;

/// What the first quote asks for, once: the seller printed on quotes (CompanyProfile) and the
/// user's own name, the quote's contact person.
struct SellerSetup {
    /// True when it was never asked and something is missing: the company profile is empty or the
    /// local user's name is still a placeholder.
    [[nodiscard]] static Result<bool> needed(Database& db);
    /// Remembers that it was asked, whatever the answer, so that it is not asked again.
    [[nodiscard]] static Result<void> markAsked(Database& db);
};

} // namespace Fieldbook
