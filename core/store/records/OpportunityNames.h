#pragma once

#include "common/Error.h"

#include <QHash>
#include <QStringList>

namespace Fieldbook {

class Database;

/// The names of opportunities by id, for lists that hold only ids (the dashboard's drill-down,
/// docs/forecast.md, Dashboard).
namespace OpportunityNames {

/// The names of the live opportunities among `ids`; ids of no live opportunity are left out.
[[nodiscard]] Result<QHash<QString, QString>> of(Database& db, const QStringList& ids);

} // namespace OpportunityNames

} // namespace Fieldbook
