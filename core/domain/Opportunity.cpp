#include "Opportunity.h"

namespace Fieldbook {

Result<qint64> OpportunityLine::net() const {
    QuoteLineInput input = amounts;
    input.taxRate = {};
    auto totals = computeLine(input);
    if (!totals)
        return std::unexpected(totals.error());
    return totals->net;
}

} // namespace Fieldbook
