#include "QuoteSheet.h"

#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "store/records/UserRepository.h"

namespace Fieldbook {

Result<QuoteSheet> QuoteSheet::load(Database& db, const QString& quoteId) {
    QuoteSheet sheet;
    QuoteRepository quotes(db);
    auto quote = quotes.get(quoteId);
    if (!quote)
        return std::unexpected(quote.error());
    sheet.quote = *quote;
    auto lines = quotes.lines(quoteId);
    if (!lines)
        return std::unexpected(lines.error());
    sheet.lines = *lines;
    auto totals = computeQuote(itemAmounts(sheet.lines));
    if (!totals)
        return std::unexpected(totals.error());
    sheet.totals = *totals;
    sheet.numberItems();
    // The customer and the people may be out of this device's scope or deleted: the quote still prints.
    if (!sheet.quote.accountId.isEmpty())
        if (auto account = AccountRepository(db).get(sheet.quote.accountId))
            sheet.account = *account;
    if (!sheet.quote.contactId.isEmpty())
        if (auto contact = ContactRepository(db).get(sheet.quote.contactId))
            sheet.contactName = contact->displayName();
    if (!sheet.quote.opportunityId.isEmpty())
        if (auto opportunity = OpportunityRepository(db).get(sheet.quote.opportunityId))
            sheet.opportunityName = opportunity->name;
    if (!sheet.quote.ownerId.isEmpty())
        if (auto owner = UserRepository(db).get(sheet.quote.ownerId))
            sheet.ownerName = owner->name;
    // "Your contact: Me" tells the customer nothing; until the user gives their name, none is printed.
    if (sheet.quote.ownerId == db.localUserId())
        if (auto placeholder = UserRepository(db).localUserNeedsName(); !placeholder || *placeholder)
            sheet.ownerName.clear();
    sheet.company = CompanyProfile::load(db);
    return sheet;
}

QLocale QuoteSheet::documentLocale(const QLocale& userLocale) const {
    return account.language.isEmpty() ? userLocale : QLocale(account.language);
}

void QuoteSheet::numberItems() {
    m_itemNumbers.clear();
    m_itemNumbers.reserve(lines.size());
    qsizetype items = 0;
    for (const QuoteLine& line : std::as_const(lines))
        m_itemNumbers.append(line.kind == QuoteLine::Kind::Item ? ++items : 0);
}

qsizetype QuoteSheet::itemNumber(qsizetype index) const {
    return index >= 0 && index < m_itemNumbers.size() ? m_itemNumbers.at(index) : 0;
}

const QuoteLineTotals* QuoteSheet::lineTotals(qsizetype index) const {
    const qsizetype item = itemNumber(index) - 1;
    return item >= 0 && item < totals.lines.size() ? &totals.lines.at(item) : nullptr;
}

} // namespace Fieldbook
