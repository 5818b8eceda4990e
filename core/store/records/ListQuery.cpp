#include "ListQuery.h"

#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "store/db/KeysetList.h"
#include "store/write/RecordKeys.h"
#include "store/db/SqlConnection.h"
#include "protocol/RecordType.h"
#include "common/SearchText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

/// One list ListQuery reads: its statement and what its filters and sorts use.
struct ListQuery::List {
    KeysetList keyset;
    QString table;
    QString accountSortKey; ///< the column ListSort::Account orders by
    bool byAccount;         ///< ListFilter::accountId applies (the records name an account)
};

namespace {

const ListQuery::List kContacts{
    KeysetList(u"SELECT c.id, c.rid, %1, c.first_name, c.last_name, coalesce(a.name, ''), c.title, c.emails, c.phones, "
               u"coalesce(u.name, ''), c.updated_at, c.do_not_call, c.account_id, c.tags FROM contacts c "
               u"LEFT JOIN accounts a ON a.id = c.account_id LEFT JOIN users u ON u.id = c.owner_id "
               u"WHERE c.deleted = 0"_s,
               u"c"_s, RecordType::contacts().table),
    RecordType::contacts().table, u"c.account_sort_key"_s, true};
const ListQuery::List kAccounts{
    KeysetList(
        u"SELECT c.id, c.rid, %1, c.name, c.industry, c.city, c.country, c.phones, coalesce(u.name, ''), c.updated_at, "
        u"(SELECT count(*) FROM contacts k WHERE k.account_id = c.id AND k.deleted = 0), c.website, c.tags "
        u"FROM accounts c LEFT JOIN users u ON u.id = c.owner_id WHERE c.deleted = 0"_s,
        u"c"_s, RecordType::accounts().table),
    RecordType::accounts().table, u"c.sort_key"_s, false};

QString sortExpression(const ListQuery::List& list, ListSort sort) {
    switch (sort) {
    case ListSort::Updated:
        return u"c.updated_at"_s;
    case ListSort::Account:
        return list.accountSortKey;
    case ListSort::Name:
        break;
    }
    return u"c.sort_key"_s;
}

SqlConditions conditions(const ListQuery::List& list, const ListFilter& filter) {
    const QString& table = list.table;
    SqlConditions where;
    if (!filter.ownerId.isEmpty()) {
        where.sql += u" AND c.owner_id = ?"_s;
        where.values.append(filter.ownerId);
    }
    if (!filter.accountId.isEmpty() && list.byAccount) {
        where.sql += u" AND c.account_id = ?"_s;
        where.values.append(filter.accountId);
    }
    if (!filter.tag.isEmpty()) {
        where.sql += u" AND c.id IN (SELECT record_id FROM record_keys WHERE kind = 'tag' AND value = ? AND "
                     u"record_table = ?)"_s;
        where.values.append(RecordKeys::tagKey(filter.tag));
        where.values.append(table);
    }
    if (const QString match = SearchText::matchExpression(filter.text); !match.isEmpty()) {
        where.sql += u" AND c.rid IN (SELECT rowid FROM "_s + table + u"_fts WHERE "_s + table + u"_fts MATCH ?)"_s;
        where.values.append(match);
    }
    return where;
}

/// Reads ListRows without their keyset columns (KeysetList reads those): every further column is
/// one of the values.
auto listRowReader() {
    return [columns = -1](const QSqlQuery& r) mutable {
        if (columns < 0)
            columns = r.record().count(); // once per statement: record() copies every column
        ListRow row;
        row.values.reserve(columns - 3);
        for (int i = 3; i < columns; ++i)
            row.values.append(r.value(i));
        return row;
    };
}

} // namespace

ListQuery::ListQuery(Database& db, const List& list)
    : m_db(&db)
    , m_list(&list)
    , m_table(list.table) {}

ListQuery ListQuery::contacts(Database& db) {
    return ListQuery(db, kContacts);
}

ListQuery ListQuery::accounts(Database& db) {
    return ListQuery(db, kAccounts);
}

std::optional<ListQuery> ListQuery::of(Database& db, const QString& table) {
    for (const List* list : {&kContacts, &kAccounts})
        if (list->table == table)
            return ListQuery(db, *list);
    return std::nullopt;
}

Result<QList<ListRow>> ListQuery::page(const ListFilter& filter, ListSort sort, Qt::SortOrder order,
                                       const ListRow* after, int limit) const {
    return m_list->keyset.page(m_db->connection(), sortExpression(*m_list, sort), conditions(*m_list, filter), order,
                               after, limit, listRowReader());
}

Result<std::optional<ListRow>> ListQuery::row(const QString& id, const ListFilter& filter, ListSort sort) const {
    return m_list->keyset.row(m_db->connection(), id, sortExpression(*m_list, sort), conditions(*m_list, filter),
                              listRowReader());
}

Result<int> ListQuery::count(const ListFilter& filter) const {
    return m_list->keyset.count(m_db->connection(), m_table + u" c WHERE c.deleted = 0"_s, conditions(*m_list, filter));
}

Result<QStringList> ListQuery::tags() const {
    // An index skip-scan: one seek per distinct tag instead of reading every tagged record. Match
    // keys are case-folded, so each tag is shown as the first record that carries it spells it.
    auto q = m_db->connection().run(
        u"WITH RECURSIVE t(v) AS (SELECT min(value) FROM record_keys WHERE kind = 'tag' AND record_table = ? "
        u"UNION ALL SELECT (SELECT min(value) FROM record_keys WHERE kind = 'tag' AND value > t.v AND "
        u"record_table = ?) FROM t WHERE t.v IS NOT NULL LIMIT 501) "
        u"SELECT v, (SELECT r.tags FROM record_keys k JOIN "_s +
            m_table +
            u" r ON r.id = k.record_id WHERE k.kind = 'tag' AND k.value = t.v AND k.record_table = ? LIMIT 1) "
            u"FROM t WHERE v IS NOT NULL"_s,
        {m_table, m_table, m_table}, u"list tags"_s);
    if (!q)
        return std::unexpected(q.error());
    QStringList tags;
    while ((*q)->next()) {
        const QString key = (*q)->value(0).toString();
        const QStringList spelled = FieldCodec::decodeTags((*q)->value(1).toString());
        const auto it = std::find_if(spelled.cbegin(), spelled.cend(),
                                     [&](const QString& tag) { return RecordKeys::tagKey(tag) == key; });
        tags.append(it != spelled.cend() ? *it : key);
    }
    (*q)->finish();
    return tags;
}

} // namespace Fieldbook
