#pragma once

#include "SearchHit.h"
#include "common/Error.h"

#include <QList>
#include <QStringList>

namespace Fieldbook {

class Database;

/// Search-as-you-type over contacts, accounts and leads (names, company, e-mails, phones, tags,
/// notes), opportunities (name, and their account's name) and quotes (number, title, and their
/// account's name). Name matches come first; then matches anywhere else. Queries are word-prefix
/// matches; Chinese text is found by any substring. Opportunities and quotes have no full-text
/// index: every word typed must be part of the name (or number or title), or of the account's
/// name (as a word prefix); letters match regardless of case only for ASCII.
class SearchService final {
public:
    explicit SearchService(Database& db);

    enum class Scope { All, Contacts, Accounts, Leads, Opportunities, Quotes };
    [[nodiscard]] Result<QList<SearchHit>> search(const QString& text, int limit = 20, Scope scope = Scope::All) const;

private:
    struct Terms {
        QString expression;      ///< FTS5 MATCH expression of the whole input
        QStringList patterns;    ///< LIKE patterns, one a word
        QStringList wordMatches; ///< for each pattern, an FTS5 expression of that word alone
    };
    [[nodiscard]] Result<void> collect(const QString& table, const QString& expression, bool namesOnly, int limit,
                                       QList<SearchHit>& hits) const;
    /// Opportunities or quotes, name matches first: those whose name (quotes: number or title)
    /// contains every word go to `hits`, the others (a word found only in the account's name) to
    /// `others`, for the second round.
    [[nodiscard]] Result<void> collectSales(const QString& table, const Terms& terms, int limit, QList<SearchHit>& hits,
                                            QList<SearchHit>& others) const;
    Database& m_db;
};

} // namespace Fieldbook
