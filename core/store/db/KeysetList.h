#pragma once

#include "SqlConnection.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <type_traits>

namespace Fieldbook {

/// The conditions a list filter adds to a statement, and the values they bind.
struct SqlConditions {
    QString sql;         ///< " AND ..." clauses
    QVariantList values; ///< in placeholder order, starting with those of the statement's own WHERE clause
};

/// SQL: the position of `column`'s value among `keys` (0, 1, ...; keys.size() for any other value),
/// to sort by an order of keys. Keys come from declarations (statuses, a pipeline's stages), never
/// from what a user types; their quotes are doubled all the same.
QString positionAmong(const QString& column, const QStringList& keys);

/// One list statement read in keyset pages, shared by ListQuery, LeadQuery and OpportunityQuery.
/// The SELECT yields the row's id, rid and sort value first, then its own columns; the rows have
/// `id`, `rid` and `sortValue` members for the first three and a reader for the others. A page
/// continues after the (sort value, rid) of the previous page's last row, so the page at row
/// 90,000 costs what the first one does, and rows with equal sort values are neither repeated nor
/// skipped. Internal to core/store.
class KeysetList final {
public:
    /// `select` holds %1 where the sort expression goes and ends inside its WHERE clause, so that
    /// conditions follow as " AND ..."; `alias` names the listed table in it; `table` names the
    /// list in error details.
    KeysetList(QString select, QString alias, QString table);

    /// Up to `limit` rows after `after` (nullptr: the first page), each made by `read(query)`.
    template<class Row, class ReadRow>
    [[nodiscard]] Result<QList<Row>> page(SqlConnection& connection, const QString& sortExpr,
                                          const SqlConditions& where, Qt::SortOrder order, const Row* after, int limit,
                                          ReadRow read) const;
    /// The row `id`, made by `read(query)`, if it is live and meets `where`.
    template<class ReadRow, class Row = std::invoke_result_t<ReadRow&, const QSqlQuery&>>
    [[nodiscard]] Result<std::optional<Row>> row(SqlConnection& connection, const QString& id, const QString& sortExpr,
                                                 const SqlConditions& where, ReadRow read) const;
    /// How many rows of `from` (a FROM clause that ends inside its WHERE clause) meet `where`.
    [[nodiscard]] Result<int> count(SqlConnection& connection, const QString& from, const SqlConditions& where) const;

private:
    /// `read(query)` with the id, rid and sort value of the row set from the first three columns.
    template<class ReadRow>
    static auto readRow(const QSqlQuery& query, ReadRow& read) {
        auto row = read(query);
        row.id = query.value(0).toString();
        row.rid = query.value(1).toLongLong();
        row.sortValue = query.value(2);
        return row;
    }
    [[nodiscard]] Result<QSqlQuery*> runPage(SqlConnection& connection, const QString& sortExpr,
                                             const SqlConditions& where, Qt::SortOrder order,
                                             const QVariant* afterSortValue, qint64 afterRid, int limit) const;
    [[nodiscard]] Result<QSqlQuery*> runRow(SqlConnection& connection, const QString& id, const QString& sortExpr,
                                            const SqlConditions& where) const;

    QString m_select;
    QString m_alias;
    QString m_table;
};

template<class Row, class ReadRow>
Result<QList<Row>> KeysetList::page(SqlConnection& connection, const QString& sortExpr, const SqlConditions& where,
                                    Qt::SortOrder order, const Row* after, int limit, ReadRow read) const {
    auto q =
        runPage(connection, sortExpr, where, order, after ? &after->sortValue : nullptr, after ? after->rid : 0, limit);
    if (!q)
        return std::unexpected(q.error());
    QList<Row> rows;
    while ((*q)->next())
        rows.append(readRow(**q, read));
    (*q)->finish();
    return rows;
}

template<class ReadRow, class Row>
Result<std::optional<Row>> KeysetList::row(SqlConnection& connection, const QString& id, const QString& sortExpr,
                                           const SqlConditions& where, ReadRow read) const {
    auto q = runRow(connection, id, sortExpr, where);
    if (!q)
        return std::unexpected(q.error());
    std::optional<Row> result;
    if ((*q)->next())
        result = readRow(**q, read);
    (*q)->finish();
    return result;
}

} // namespace Fieldbook
