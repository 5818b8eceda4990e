#include "Opportunity.h"

namespace Fieldbook {

Result<qint64> OpportunityLine::net() const {
    QuoteLineInput input;
    input.quantity = quantity;
    input.unitPrice = unitPrice;
    if (discount.raw != 0) {
        input.discount = QuoteLineInput::Discount::Percent;
        input.discountPercent = discount;
    }
    auto totals = computeLine(input);
    if (!totals)
        return std::unexpected(totals.error());
    return totals->net;
}

} // namespace Fieldbook
