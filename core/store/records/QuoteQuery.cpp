#include "QuoteQuery.h"

#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "store/db/KeysetList.h"
#include "common/SearchText.h"
#include "QuoteRows.h"
#include "store/write/RecordRows.h"
#include "store/db/SqlConnection.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const KeysetList kQuotes(u"SELECT q.id, q.rid, %1, q.number, q.revision, q.account_id, coalesce(a.name, ''), q.title, "
                         u"q.status, coalesce(q.valid_until, ''), q.currency FROM quotes q "
                         u"LEFT JOIN accounts a ON a.id = q.account_id WHERE q.deleted = 0"_s,
                         u"q"_s, u"quotes"_s);

/// A row of kQuotes without its keyset columns (KeysetList reads those). The status is the stored
/// one until complete() judges it.
QuoteSummary fromRow(const QSqlQuery& q) {
    QuoteSummary s;
    Quote number;
    number.number = q.value(3).toString();
    number.revision = q.value(4).toInt();
    s.number = number.displayNumber();
    s.accountId = q.value(5).toString();
    s.accountName = q.value(6).toString();
    s.title = q.value(7).toString();
    if (!parseQuoteStatus(q.value(8).toString(), &s.status))
        s.status = QuoteStatus::Draft;
    s.validUntil = FieldCodec::decodeDate(q.value(9).toString());
    s.currency = q.value(10).toString();
    return s;
}

/// The day statuses are judged on: the filter's, else today.
QDate dayOf(const QuoteFilter& filter) {
    return filter.today.isValid() ? filter.today : QDate::currentDate();
}

/// SQL: true when a sent quote's validity date lies before `today` (bound as the next value).
const QString kOverdue = u"(q.status = 'sent' AND coalesce(q.valid_until, '') <> '' AND q.valid_until < ?)"_s;

SqlConditions conditions(const QuoteFilter& filter) {
    SqlConditions where;
    const QString today = FieldCodec::encode(dayOf(filter));
    if (filter.status) {
        switch (*filter.status) {
        case QuoteStatus::Sent:
            where.sql += u" AND q.status = 'sent' AND NOT "_s + kOverdue;
            where.values.append(today);
            break;
        case QuoteStatus::Expired:
            where.sql += u" AND (q.status = 'expired' OR "_s + kOverdue + u')';
            where.values.append(today);
            break;
        default:
            where.sql += u" AND q.status = ?"_s;
            where.values.append(quoteStatusKey(*filter.status));
        }
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        where.sql += u" AND (q.number LIKE ? ESCAPE '\\' OR q.title LIKE ? ESCAPE '\\' OR a.name LIKE ? ESCAPE '\\')"_s;
        for (int i = 0; i < 3; ++i)
            where.values.append(SearchText::likePattern(text));
    }
    return where;
}

/// The quote's place in its life (draft first, superseded last), as of `today`. The date is a
/// constant the program formats, never user input.
QString statusOrder(const QDate& today) {
    QString sql = u"CASE WHEN q.status = 'sent' AND coalesce(q.valid_until, '') <> '' AND q.valid_until < '%1' "
                  u"THEN %2"_s.arg(FieldCodec::encode(today))
                      .arg(int(QuoteStatus::Expired));
    for (QuoteStatus status : {QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Accepted, QuoteStatus::Rejected,
                               QuoteStatus::Expired, QuoteStatus::Superseded})
        sql += u" WHEN q.status = '%1' THEN %2"_s.arg(quoteStatusKey(status)).arg(int(status));
    return sql + u" ELSE 0 END"_s;
}

QString sortExpression(QuoteSort sort, const QDate& today) {
    switch (sort) {
    case QuoteSort::Customer:
        return u"lower(coalesce(a.name, ''))"_s;
    case QuoteSort::Title:
        return u"lower(q.title)"_s;
    case QuoteSort::Status:
        return statusOrder(today);
    case QuoteSort::ValidUntil:
        return u"coalesce(q.valid_until, '')"_s;
    case QuoteSort::Number:
        break;
    }
    return u"q.number || printf('-%05d', q.revision)"_s;
}

} // namespace

QuoteQuery::QuoteQuery(Database& db)
    : m_db(&db) {}

Result<QList<QuoteSummary>> QuoteQuery::page(const QuoteFilter& filter, QuoteSort sort, Qt::SortOrder order,
                                             const QuoteSummary* after, int limit) const {
    auto rows = kQuotes.page(m_db->connection(), sortExpression(sort, dayOf(filter)), conditions(filter), order, after,
                             limit, fromRow);
    if (!rows)
        return rows;
    if (auto completed = complete(*rows, dayOf(filter)); !completed)
        return std::unexpected(completed.error());
    return rows;
}

Result<std::optional<QuoteSummary>> QuoteQuery::row(const QString& id, const QuoteFilter& filter,
                                                    QuoteSort sort) const {
    auto found = kQuotes.row(m_db->connection(), id, sortExpression(sort, dayOf(filter)), conditions(filter), fromRow);
    if (!found || !*found)
        return found;
    QList<QuoteSummary> rows{**found};
    if (auto completed = complete(rows, dayOf(filter)); !completed)
        return std::unexpected(completed.error());
    return std::optional<QuoteSummary>(rows.first());
}

Result<int> QuoteQuery::count(const QuoteFilter& filter) const {
    const QString from =
        u"quotes q "_s +
        (filter.text.trimmed().isEmpty() ? QString() : u"LEFT JOIN accounts a ON a.id = q.account_id "_s) +
        u"WHERE q.deleted = 0"_s;
    return kQuotes.count(m_db->connection(), from, conditions(filter));
}

Result<QStringList> QuoteQuery::quotesOfLines(const QStringList& lineIds) const {
    QStringList quotes;
    for (const QString& id : lineIds) {
        auto quote = m_db->connection().scalar(u"SELECT quote_id FROM quote_lines WHERE id = ?"_s, {id},
                                               u"find the quote of a line"_s);
        if (!quote)
            return std::unexpected(quote.error());
        if (quote->isValid() && !quotes.contains(quote->toString()))
            quotes.append(quote->toString());
    }
    return quotes;
}

Result<void> QuoteQuery::complete(QList<QuoteSummary>& rows, const QDate& today) const {
    if (rows.isEmpty())
        return {};
    QStringList placeholders;
    QVariantList ids;
    for (const QuoteSummary& row : std::as_const(rows)) {
        placeholders.append(u"?"_s);
        ids.append(row.id);
    }
    // One statement for the whole page (at most PagedListModel::kPageSize quotes, well within
    // SQLite's limit on bound values).
    QHash<QString, QList<QuoteLineInput>> items;
    auto ok = forEachRecord(*m_db, RecordType::quoteLines(),
                            u"SELECT "_s + recordColumns(RecordType::quoteLines()) +
                                u" FROM quote_lines WHERE quote_id IN ("_s + placeholders.join(u", "_s) +
                                u") AND deleted = 0 AND kind = 'item' ORDER BY quote_id, position, id"_s,
                            ids, u"add up quotes"_s, [&](const RecordRow& r) {
                                const QuoteLine line = QuoteRows::toLine(r);
                                items[line.quoteId].append(line.amounts);
                            });
    if (!ok)
        return ok;
    for (QuoteSummary& row : rows) {
        if (row.status == QuoteStatus::Sent && row.validUntil.isValid() && row.validUntil < today)
            row.status = QuoteStatus::Expired; // as Quote::effectiveStatus() judges it
        auto totals = computeQuote(items.value(row.id));
        row.grandTotal = totals ? std::optional<qint64>(totals->grandTotal) : std::nullopt;
    }
    return {};
}

} // namespace Fieldbook
