#pragma once

#include "common/Error.h"

#include <QVariant>

#include <optional>

namespace Fieldbook {

class Database;

/// What a list shows: search text plus exact filters. Empty members do not filter.
struct ListFilter {
    QString text;
    QString ownerId;
    QString tag;
    QString accountId; ///< contacts only
    friend bool operator==(const ListFilter&, const ListFilter&) = default;
};

enum class ListSort { Name, Account, Updated };

/// One row of a list page: identity, the keyset cursor, and the column values of the query.
struct ListRow {
    QString id;
    qint64 rid = 0;
    QVariant sortValue;
    QVariantList values;
};

/// Keyset-paged list queries over contacts or accounts: each page continues after the last row
/// of the previous one, so scrolling to row 90,000 costs the same as the first page.
class ListQuery final {
public:
    using Row = ListRow;
    using Filter = ListFilter;
    using Sort = ListSort;

    /// Contacts; values: first_name, last_name, account name, title, emails, phones, owner name,
    /// updated_at, do_not_call, account_id, tags.
    static ListQuery contacts(Database& db);
    /// Accounts; values: name, industry, city, country, phones, owner name, updated_at,
    /// number of contacts, website, tags.
    static ListQuery accounts(Database& db);
    /// The list of the records of `table`, if it is one of those above.
    static std::optional<ListQuery> of(Database& db, const QString& table);

    [[nodiscard]] Result<QList<ListRow>> page(const ListFilter& filter, ListSort sort, Qt::SortOrder order,
                                              const ListRow* after, int limit) const;
    /// The row for `id` if it is live and passes `filter`.
    [[nodiscard]] Result<std::optional<ListRow>> row(const QString& id, const ListFilter& filter, ListSort sort) const;
    [[nodiscard]] Result<int> count(const ListFilter& filter) const;
    /// Distinct tags in use (compared case-insensitively, spelled as written), for filter pickers.
    [[nodiscard]] Result<QStringList> tags() const;

    struct List;

private:
    ListQuery(Database& db, const List& list);

    Database* m_db;
    const List* m_list;
    QString m_table;
};

} // namespace Fieldbook
