#pragma once

#include "common/Error.h"
#include "domain/Account.h"
#include "domain/Quote.h"
#include "services/CompanyProfile.h"

#include <QLocale>

namespace Fieldbook {

class Database;

/// Everything a quote shows, read once: the quote, its lines and totals, the customer, the
/// seller. The PDF, the print preview and `fieldbook-cli quote list` all start from it.
struct QuoteSheet {
    Quote quote;
    QList<QuoteLine> lines;
    QuoteTotals totals; ///< totals.lines has one entry per item line, in order
    Account account;
    QString contactName;
    QString ownerName; ///< the seller's contact person; empty while the local user's name is a placeholder
    CompanyProfile company;
    QString opportunityName;

    [[nodiscard]] static Result<QuoteSheet> load(Database& db, const QString& quoteId);
    /// The language the customer reads the quote in: the account's, else `userLocale`.
    [[nodiscard]] QLocale documentLocale(const QLocale& userLocale) const;
    /// The totals of the `index`-th line of `lines` when it is an item; nullptr otherwise.
    [[nodiscard]] const QuoteLineTotals* lineTotals(qsizetype index) const;
    /// The 1-based number of the `index`-th line among the items (what the "#" column shows); 0
    /// for a section or a note.
    [[nodiscard]] qsizetype itemNumber(qsizetype index) const;
    /// Numbers the items again after `lines` changed in number or kind (load() does it).
    void numberItems();

private:
    QList<qsizetype> m_itemNumbers; ///< itemNumber() of every line, so lookups are O(1)
};

} // namespace Fieldbook
