#pragma once

#include "common/Error.h"
#include "domain/Quote.h"

#include <QDate>
#include <QVariant>

#include <optional>

namespace Fieldbook {

class Database;

/// Which quotes the quote list shows. Empty members do not filter.
struct QuoteFilter {
    QString text;                      ///< part of the number, the title or the customer's name
    std::optional<QuoteStatus> status; ///< the status as of `today` (a sent quote past its date is expired)
    QDate today;                       ///< the day statuses are judged on
    friend bool operator==(const QuoteFilter&, const QuoteFilter&) = default;
};

enum class QuoteSort { Number, Customer, Title, Status, ValidUntil };

/// One quote revision as a row of the quote list: what the list shows, nothing more.
struct QuoteSummary {
    QString id;
    qint64 rid = 0;
    QVariant sortValue; ///< the keyset cursor with `rid`
    QString number;     ///< the display number, e.g. Q-2026-D7-0042-R2
    QString accountId;
    QString accountName;
    QString title;
    QuoteStatus status = QuoteStatus::Draft; ///< as of the filter's day
    QDate validUntil;
    QString currency;
    std::optional<qint64> grandTotal; ///< computeQuote() of its items; nullopt when they do not add up
};

/// Read-only queries behind the quote list: every live revision, keyset-paged like ListQuery, with
/// each page's totals computed from its items (one more statement per page), never stored.
class QuoteQuery final {
public:
    using Row = QuoteSummary;
    using Filter = QuoteFilter;
    using Sort = QuoteSort;

    explicit QuoteQuery(Database& db);

    [[nodiscard]] Result<QList<QuoteSummary>> page(const QuoteFilter& filter, QuoteSort sort, Qt::SortOrder order,
                                                   const QuoteSummary* after, int limit) const;
    /// The live quote `id` if it passes `filter`.
    [[nodiscard]] Result<std::optional<QuoteSummary>> row(const QString& id, const QuoteFilter& filter,
                                                          QuoteSort sort) const;
    [[nodiscard]] Result<int> count(const QuoteFilter& filter) const;
    /// The quotes the lines `lineIds` belong to (the list shows their totals).
    [[nodiscard]] Result<QStringList> quotesOfLines(const QStringList& lineIds) const;

private:
    /// Judges the rows' statuses on `today` and adds their totals.
    [[nodiscard]] Result<void> complete(QList<QuoteSummary>& rows, const QDate& today) const;

    Database* m_db;
};

} // namespace Fieldbook
