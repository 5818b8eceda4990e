#pragma once

#include "common/Error.h"
#include "domain/Quote.h"

namespace Fieldbook {

class Database;

/// Quotes and their lines: the only write path for them (docs/workflows.md).
///
/// A quote is made from an opportunity as a draft. Only a draft can be changed; sending locks it.
/// What happens to it after that (send, accept with the opportunity won, reject, expire, revise) is
/// the quote lifecycle, workflows/QuoteLifecycle, which stores its steps here.
///
/// Quote numbers are Q-<year>-<device tag>-<counter>, unique across devices that create quotes
/// offline: the device tag is the number the sync server gave this device at its first sign-in
/// ("D7"), and before any sign-in a tag derived from the device id ("X" and five characters).
class QuoteRepository final {
public:
    explicit QuoteRepository(Database& db);

    [[nodiscard]] Result<Quote> get(const QString& id) const;
    /// Live quotes, newest number first, revisions of one number together (latest first).
    [[nodiscard]] Result<QList<Quote>> all() const;
    /// Live quotes of an opportunity, the same order.
    [[nodiscard]] Result<QList<Quote>> forOpportunity(const QString& opportunityId) const;
    /// Live quotes of an account, the same order.
    [[nodiscard]] Result<QList<Quote>> forAccount(const QString& accountId) const;
    /// Live lines by position.
    [[nodiscard]] Result<QList<QuoteLine>> lines(const QString& quoteId) const;

    /// A new draft for the opportunity: its account, primary contact, currency and name, valid for
    /// 30 days, with the next quote number of this device, and the opportunity's product lines as
    /// its first items (same prices and discounts, the products' units and tax rates; the default
    /// tax rate for free text).
    /// `priceListId`, if given, must be a live price list in the opportunity's currency. The quote
    /// belongs to the local user, or to `ownerId` when given (demo data gives it the opportunity's owner).
    [[nodiscard]] Result<Quote> createFromOpportunity(const QString& opportunityId, const QString& priceListId = {},
                                                      const QString& ownerId = {});
    /// Changes a draft's title, contact, validity, payment terms and notes.
    [[nodiscard]] Result<Quote> save(Quote quote);
    /// Adds or changes a line of a draft. Items need a description or product and amounts that
    /// computeLine() accepts; sections and notes need a text. A new line without a position goes last.
    [[nodiscard]] Result<QuoteLine> saveLine(QuoteLine line);
    /// A free-text item: one unit at no price yet, taxed at the default rate of the company profile
    /// (CompanyProfile::defaultTaxRate).
    [[nodiscard]] Result<QuoteLine> addItem(const QString& quoteId, const QString& description);
    /// A line for `quantity` of a product: its name, unit and tax rate, and the unit price from the
    /// quote's price list (quantity breaks applied). Without a price list or a price, the unit
    /// price is 0 and the caller asks the user for one.
    [[nodiscard]] Result<QuoteLine> addProduct(const QString& quoteId, const QString& productId, Decimal4 quantity);
    [[nodiscard]] Result<void> removeLine(const QString& lineId);
    /// Deletes a draft (sent quotes are kept: they are what the customer holds).
    [[nodiscard]] Result<void> remove(const QString& id);

    /// Swaps the positions of two lines of a draft, in one transaction; when both had the same
    /// position (lines added on two devices), `line` ends `delta` (-1 or 1) from `other`.
    [[nodiscard]] Result<void> swapLines(QuoteLine line, QuoteLine other, int delta);

    // The writes of the quote lifecycle (workflows/QuoteLifecycle), which decides whether they are allowed.
    /// Stores `quote` as given: its status and its sent and decided times.
    [[nodiscard]] Result<void> storeStatus(const Quote& quote);
    /// Stores `next`, a new draft revision (nextRevision()), with copies of `lines` under new ids.
    [[nodiscard]] Result<Quote> storeRevision(Quote next, const QList<QuoteLine>& lines);
    /// The highest revision of the live quotes numbered `number`.
    [[nodiscard]] Result<int> latestRevision(const QString& number) const;
    /// The sent quotes whose validity date is before `today`.
    [[nodiscard]] Result<QStringList> overdueIds(const QDate& today) const;

    /// Totals of the quote's lines (computeQuote()), the one source of every figure shown.
    [[nodiscard]] Result<QuoteTotals> totals(const QString& quoteId) const;

    /// This device's tag in quote numbers, e.g. "D7" or "XK3F2M" (see the class comment).
    [[nodiscard]] QString deviceTag() const;

private:
    [[nodiscard]] Result<void> copyOpportunityLines(const QString& quoteId, const QString& opportunityId);
    /// The tax rate of items that are not products (CompanyProfile::defaultTaxRate).
    Decimal4 defaultTaxRate() const;
    Database& m_db;
};

} // namespace Fieldbook
