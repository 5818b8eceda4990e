#pragma once

#include <QJsonObject>

namespace Fieldbook {
class Database;
}

namespace Fieldbook::Bench {

/// search_p95_ms over 1- to 4-character prefix queries (Latin and Chinese), and filter_p95_ms:
/// the contact list's first page for the same queries.
QJsonObject runSearchPhase(Database& db);

} // namespace Fieldbook::Bench
