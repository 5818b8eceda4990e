#pragma once

#include "common/Error.h"
#include "domain/Quote.h"

namespace Fieldbook {

class Database;

/// Quotes and their lines: the only write path for them (docs/architecture.md, Data conventions).
///
/// A quote is made from an opportunity as a draft. Only a draft can be changed; sending locks it.
/// Changing a sent quote means revise(): a new draft revision with a copy of the lines, while the
/// sent one is kept unchanged as superseded. Accepting a quote marks its opportunity won with the
/// quote's net total (before tax: pipeline, forecast and quota are measured net of tax).
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

    /// draft -> sent, which locks it. It needs at least one item and a validity date not past.
    [[nodiscard]] Result<Quote> send(const QString& id, const QDate& today);
    /// Why send() would refuse the quote on `today`, checked before the document goes anywhere.
    [[nodiscard]] Result<void> checkSendable(const QString& id, const QDate& today) const;
    /// sent -> accepted, within its validity; the opportunity becomes won with the quote's net total,
    /// its product lines replaced by the quote's items (what was sold).
    [[nodiscard]] Result<Quote> accept(const QString& id, const QDate& today);
    /// sent -> rejected.
    [[nodiscard]] Result<Quote> reject(const QString& id);
    /// Marks every sent quote whose validity date is before `today` expired; returns how many.
    [[nodiscard]] Result<int> expireOverdue(const QDate& today);
    /// A new draft revision of a sent, rejected or expired quote, with a copy of its lines; a sent
    /// quote becomes superseded. Accepted quotes are final.
    [[nodiscard]] Result<Quote> revise(const QString& id);
    /// Why revise() would refuse the quote: a draft, an accepted or superseded quote, or one that
    /// already has a newer revision.
    [[nodiscard]] Result<void> checkRevisable(const QString& id) const;

    /// Totals of the quote's lines (computeQuote()), the one source of every figure shown.
    [[nodiscard]] Result<QuoteTotals> totals(const QString& quoteId) const;

    /// This device's tag in quote numbers, e.g. "D7" or "XK3F2M" (see the class comment).
    [[nodiscard]] QString deviceTag() const;

private:
    [[nodiscard]] Result<Quote> transition(const QString& id, const QDate& today, QuoteStatus to);
    [[nodiscard]] Result<void> winOpportunity(const Quote& quote, const QDate& today);
    [[nodiscard]] Result<void> copyOpportunityLines(const QString& quoteId, const QString& opportunityId);
    /// The tax rate of items that are not products (CompanyProfile::defaultTaxRate).
    Decimal4 defaultTaxRate() const;
    Database& m_db;
};

} // namespace Fieldbook
