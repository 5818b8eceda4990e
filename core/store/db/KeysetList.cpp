#include "KeysetList.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QString positionAmong(const QString& column, const QStringList& keys) {
    QString sql = u"CASE "_s + column;
    for (qsizetype i = 0; i < keys.size(); ++i)
        sql += u" WHEN '%1' THEN %2"_s.arg(QString(keys.at(i)).replace(u'\'', u"''"_s), QString::number(i));
    return sql + u" ELSE %1 END"_s.arg(keys.size());
}

KeysetList::KeysetList(QString select, QString alias, QString table)
    : m_select(std::move(select))
    , m_alias(std::move(alias))
    , m_table(std::move(table)) {}

Result<QSqlQuery*> KeysetList::runPage(SqlConnection& connection, const QString& sortExpr, const SqlConditions& where,
                                       Qt::SortOrder order, const QVariant* afterSortValue, qint64 afterRid,
                                       int limit) const {
    const bool ascending = order == Qt::AscendingOrder;
    QString sql = m_select.arg(sortExpr) + where.sql;
    QVariantList values = where.values;
    if (afterSortValue) {
        // The rid breaks ties between equal sort values, so a page boundary among them loses no row.
        sql += u" AND (%1, %2.rid) %3 (?, ?)"_s.arg(sortExpr, m_alias, ascending ? u">"_s : u"<"_s);
        values.append(*afterSortValue);
        values.append(afterRid);
    }
    sql += u" ORDER BY %1 %2, %3.rid %2 LIMIT ?"_s.arg(sortExpr, ascending ? u"ASC"_s : u"DESC"_s, m_alias);
    values.append(limit);
    return connection.run(sql, values, u"list "_s + m_table);
}

Result<QSqlQuery*> KeysetList::runRow(SqlConnection& connection, const QString& id, const QString& sortExpr,
                                      const SqlConditions& where) const {
    QVariantList values = where.values;
    values.append(id);
    return connection.run(m_select.arg(sortExpr) + where.sql + u" AND %1.id = ?"_s.arg(m_alias), values,
                          u"load "_s + m_table + u" row"_s);
}

Result<int> KeysetList::count(SqlConnection& connection, const QString& from, const SqlConditions& where) const {
    auto n = connection.scalar(u"SELECT count(*) FROM "_s + from + where.sql, where.values, u"count "_s + m_table);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

} // namespace Fieldbook
