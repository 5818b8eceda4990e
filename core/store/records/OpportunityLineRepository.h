#pragma once

#include "common/Error.h"
#include "domain/Opportunity.h"

namespace Fieldbook {

class Database;

/// An opportunity's product lines: the only write path for them. Every change of a line sets the
/// opportunity's amount to the lines' net total in the same transaction (through
/// OpportunityRepository, so the amount history records it); removing the last line leaves the
/// amount at zero for the user to type again.
class OpportunityLineRepository final {
public:
    explicit OpportunityLineRepository(Database& db);

    /// Live lines in their order.
    [[nodiscard]] Result<QList<OpportunityLine>> lines(const QString& opportunityId) const;
    /// The sum of the lines' net amounts; nullopt when the opportunity has no live line.
    [[nodiscard]] Result<std::optional<qint64>> total(const QString& opportunityId) const;

    /// A description (or a product), a quantity above zero, a unit price of zero or more, a
    /// discount of 0–100 %; the opportunity must exist and not be deleted. A new line goes last.
    [[nodiscard]] Result<OpportunityLine> save(OpportunityLine line);
    /// A line for an active product, its unit price for `quantity` from the first active price
    /// list in the opportunity's currency (zero when there is none, for the user to enter).
    [[nodiscard]] Result<OpportunityLine> addProduct(const QString& opportunityId, const QString& productId,
                                                     Decimal4 quantity);
    [[nodiscard]] Result<void> remove(const QString& lineId);
    /// Makes `lines` (in order; ids, positions and opportunity ignored) the opportunity's only
    /// lines, as accepting a quote does with the quote's items, and sets the amount once.
    [[nodiscard]] Result<void> replace(const QString& opportunityId, const QList<OpportunityLine>& lines);
    /// Swaps the line with its neighbour (-1 up, +1 down); nothing happens at either end.
    [[nodiscard]] Result<void> move(const QString& lineId, int direction);

private:
    [[nodiscard]] Result<void> updateAmount(const QString& opportunityId);
    Database& m_db;
};

} // namespace Fieldbook
