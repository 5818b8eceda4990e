#pragma once

#include "SearchHit.h"
#include "common/Error.h"

#include <QList>

namespace Fieldbook {

class Database;

/// Search-as-you-type over contacts, accounts and leads (names, company, e-mails, phones, tags, notes).
/// Name matches come first; then matches anywhere else. Queries are word-prefix matches; Chinese
/// text is found by any substring.
class SearchService final {
public:
    explicit SearchService(Database& db);

    enum class Scope { All, Contacts, Accounts, Leads };
    [[nodiscard]] Result<QList<SearchHit>> search(const QString& text, int limit = 20, Scope scope = Scope::All) const;

private:
    [[nodiscard]] Result<void> collect(const QString& table, const QString& expression, bool namesOnly, int limit,
                                       QList<SearchHit>& hits) const;
    Database& m_db;
};

} // namespace Fieldbook
