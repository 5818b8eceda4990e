#pragma once

#include "domain/QuoteMath.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Fieldbook {

/// An item of the catalogue. Products belong to the organisation: every user reads them, managers
/// and admins change them.
struct Product {
    QString id;
    QString sku;
    QString name;
    QString family;
    QString description;
    QString unit;        ///< unit of measure: "pcs", "h", "licence"
    bool active = true;  ///< inactive products stay on old quotes but are not offered for new lines
    QString taxCategory; ///< a label such as "standard" or "reduced"
    Decimal4 taxRate;    ///< percent; a new quote line of this product starts with it
    QString externalId;
    QString ownerId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool deleted = false;
    friend bool operator==(const Product&, const Product&) = default;
};

/// Unit prices in one currency.
struct PriceList {
    QString id;
    QString name;
    QString currency; ///< ISO 4217
    bool active = true;
    QString ownerId;
    bool deleted = false;
    friend bool operator==(const PriceList&, const PriceList&) = default;
};

/// A product's unit price in a price list from `minQuantity` up. Several entries of one product
/// with different minimum quantities are quantity breaks.
struct PriceListEntry {
    QString id;
    QString priceListId;
    QString productId;
    Decimal4 minQuantity;
    qint64 unitPrice = 0; ///< minor units of the list's currency
    QString ownerId;
    bool deleted = false;
    friend bool operator==(const PriceListEntry&, const PriceListEntry&) = default;
};

/// The life of a quote: draft -> sent -> accepted | rejected | expired. Sending locks a quote;
/// changing a sent quote makes a new revision (a draft) and the old one becomes superseded.
enum class QuoteStatus { Draft, Sent, Accepted, Rejected, Expired, Superseded };

QString quoteStatusKey(QuoteStatus status);
bool parseQuoteStatus(const QString& key, QuoteStatus* status);
/// Translated, for people.
QString quoteStatusName(QuoteStatus status);

/// One quote revision. Its totals are never stored: computeQuote() over its lines gives them.
struct Quote {
    QString id;
    QString number;   ///< shared by all revisions, e.g. Q-2026-D7-0042 (QuoteNumbering)
    int revision = 1; ///< 1 for the first
    QString opportunityId;
    QString accountId;
    QString contactId;
    QString title;
    QString currency; ///< ISO 4217; every line is in it
    QString priceListId;
    QuoteStatus status = QuoteStatus::Draft;
    QDate validUntil;
    QString paymentTerms;
    QString notes;
    qint64 sentAt = 0;    ///< ms UTC, when it was sent
    qint64 decidedAt = 0; ///< ms UTC, when it was accepted, rejected or expired
    QString previousId;   ///< the revision this one replaces
    QString ownerId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool deleted = false;

    /// "Q-2026-D7-0042" for the first revision, "Q-2026-D7-0042-R2" after.
    [[nodiscard]] QString displayNumber() const;
    /// The status as of `today`: a sent quote past its validity date is expired even before
    /// anyone marks it so.
    [[nodiscard]] QuoteStatus effectiveStatus(const QDate& today) const;
    friend bool operator==(const Quote&, const Quote&) = default;
};

/// A line of a quote: an item (a product or free text with quantity and price), a section heading
/// or a note. Only items have amounts.
struct QuoteLine {
    enum class Kind { Item, Section, Note };
    QString id;
    QString quoteId;
    qint64 position = 0; ///< lines are shown by position, then id
    Kind kind = Kind::Item;
    QString productId; ///< empty for free text
    QString description;
    QString unit;
    QuoteLineInput amounts; ///< quantity, unit price, discount and tax rate (items only)
    QString ownerId;
    bool deleted = false;
    friend bool operator==(const QuoteLine&, const QuoteLine&) = default;
};

QString quoteLineKindKey(QuoteLine::Kind kind);
bool parseQuoteLineKind(const QString& key, QuoteLine::Kind* kind);
QString discountKey(QuoteLineInput::Discount discount);
bool parseDiscount(const QString& key, QuoteLineInput::Discount* discount);
/// The one integer a line's discount is stored as: the percentage ×10,000 or the amount in minor
/// units; 0 without a discount.
qint64 storedDiscount(const QuoteLineInput& amounts);
/// Sets the discount of `amounts` from its stored key and value (an unknown key: no discount).
void setStoredDiscount(QuoteLineInput& amounts, const QString& key, qint64 value);

/// The amounts of a quote's item lines, in order, for computeQuote().
QList<QuoteLineInput> itemAmounts(const QList<QuoteLine>& lines);

} // namespace Fieldbook
