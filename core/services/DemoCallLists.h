#pragma once

#include "common/Error.h"

#include <QDate>

namespace Fieldbook {

class Database;

/// The demo's call lists (docs/telesales.md), so that the Telesales section has work to show: the
/// new leads (called first) and the contacts nobody has spoken to for two months, both the local
/// user's, with a call script.
class DemoCallLists final {
public:
    [[nodiscard]] static Result<void> build(Database& db, QDate today);
};

} // namespace Fieldbook
