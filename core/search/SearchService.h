#pragma once

#include "SearchHit.h"
#include "common/Error.h"

#include <QList>
#include <QStringList>

namespace Fieldbook {

class Database;
struct RecordType;
struct SearchSource;

/// Search-as-you-type over the record types that declare a SearchSource: contacts, accounts and
/// leads (names, company, e-mails, phones, tags, notes), opportunities (name, and their account's
/// name) and quotes (number, title, and their account's name). Name matches come first; then
/// matches anywhere else. Queries are word-prefix matches; Chinese text is found by any substring.
/// Opportunities and quotes have no full-text index: every word typed must be part of the name
/// (or number or title), or of the account's name (as a word prefix); letters match regardless of
/// case only for ASCII. Search only reads: the write path keeps the index (core/store/write/SearchIndex).
class SearchService final {
public:
    explicit SearchService(Database& db);

    [[nodiscard]] Result<QList<SearchHit>> search(const QString& text, int limit = 20) const;
    /// Records of `only` alone.
    [[nodiscard]] Result<QList<SearchHit>> search(const QString& text, int limit, const RecordType& only) const;

private:
    struct Terms {
        QString expression;      ///< FTS5 MATCH expression of the whole input
        QStringList patterns;    ///< LIKE patterns, one a word
        QStringList wordMatches; ///< for each pattern, an FTS5 expression of that word alone
    };
    [[nodiscard]] Result<QList<SearchHit>> search(const QString& text, int limit, const RecordType* only) const;
    /// Records with a full-text index: those matching `expression` (in their names only, or anywhere).
    [[nodiscard]] Result<void> collect(const SearchSource& source, const QString& expression, bool namesOnly, int limit,
                                       QList<SearchHit>& hits) const;
    /// Records without one, name matches first: those whose own text contains every word go to
    /// `hits`, the others (a word found only in the name of the record `alsoBy` names) to
    /// `others`, for the second round.
    [[nodiscard]] Result<void> collectByText(const SearchSource& source, const Terms& terms, int limit,
                                             QList<SearchHit>& hits, QList<SearchHit>& others) const;
    Database& m_db;
};

} // namespace Fieldbook
