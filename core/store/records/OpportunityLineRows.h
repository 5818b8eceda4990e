#pragma once

#include "common/Error.h"
#include "domain/Opportunity.h"

#include <optional>

namespace Fieldbook {

class Database;
class RecordValues;

/// The rows of opportunity_lines, below both OpportunityRepository and OpportunityLineRepository:
/// reading an opportunity's lines and writing them, without touching the opportunity. The line
/// repository keeps the opportunity's amount in line through OpportunityRepository; the
/// opportunity repository reads the lines' total here, so neither includes the other.
namespace OpportunityLineRows {

/// Gaps between positions, so that a line can later go between two without renumbering.
constexpr qint64 kPositionStep = 1024;

/// Live lines of the opportunity, in their order.
[[nodiscard]] Result<QList<OpportunityLine>> live(Database& db, const QString& opportunityId);
/// The live line `id`; NotFound otherwise.
[[nodiscard]] Result<OpportunityLine> one(Database& db, const QString& id);
/// The sum of the live lines' net amounts; nullopt when the opportunity has no live line.
[[nodiscard]] Result<std::optional<qint64>> total(Database& db, const QString& opportunityId);
/// The synced values of `line` as RecordWriter stores them.
RecordValues values(const OpportunityLine& line);
/// Makes `lines` (in order; ids, positions, opportunity and owner taken from `opportunity`) the
/// opportunity's only live lines. Checks every line first; inside the caller's transaction. The
/// opportunity's amount is the caller's to update.
[[nodiscard]] Result<void> replace(Database& db, const Opportunity& opportunity, const QList<OpportunityLine>& lines);

} // namespace OpportunityLineRows

} // namespace Fieldbook
