#include "SearchService.h"

#include "SearchSource.h"
#include "common/SearchText.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// "{name} : (expression)": the expression matched against the name column only.
QString namesOnlyMatch(const QString& expression) {
    return u"{name} : ("_s + expression + u')';
}

/// A statement and what it binds.
struct Statement {
    QString sql;
    QVariantList values;
};

/// The rows of `source` (which has no full-text index) whose own text, or the name of the record
/// their `alsoBy` reference names, contains every word: those whose own text holds every word
/// first (`named`), then the most recently changed. One scan of the live rows (a few milliseconds
/// at 50,000 opportunities) tests each word against the text columns, and against the ids of the
/// records whose names have the word (found in their index once per query).
Statement chosenRows(const SearchSource& source, const QStringList& patterns, const QStringList& wordMatches,
                     int limit) {
    QStringList like;
    for (const QString& column : source.textColumns)
        like.append(column + u" LIKE ? ESCAPE '\\'"_s);
    const QString ownText = like.size() == 1 ? like.constFirst() : u'(' + like.join(u" OR "_s) + u')';
    const QString other = source.type->field(source.alsoBy) ? source.type->field(source.alsoBy)->references : QString();
    Statement s;
    QStringList named;
    QStringList matched;
    for (const QString& pattern : patterns) {
        named.append(ownText);
        for (qsizetype i = 0; i < like.size(); ++i)
            s.values.append(pattern);
    }
    for (qsizetype w = 0; w < patterns.size(); ++w) {
        for (qsizetype i = 0; i < like.size(); ++i)
            s.values.append(patterns.at(w));
        if (other.isEmpty() || wordMatches.at(w).isEmpty()) {
            matched.append(ownText);
            continue;
        }
        matched.append(u"("_s + ownText + u" OR "_s + source.alsoBy + u" IN (SELECT a.id FROM "_s + other +
                       u"_fts f CROSS JOIN "_s + other + u" a ON a.rid = f.rowid WHERE "_s + other +
                       u"_fts MATCH ? AND +a.deleted = 0))"_s);
        s.values.append(namesOnlyMatch(wordMatches.at(w)));
    }
    s.values.append(limit);
    s.sql = u"(SELECT rid, ("_s + named.join(u" AND "_s) + u") AS named FROM "_s + source.type->table +
            u" s WHERE +deleted = 0 AND "_s + matched.join(u" AND "_s) + source.only +
            u" ORDER BY named DESC, updated_at DESC LIMIT ?) m"_s;
    return s;
}

} // namespace

SearchService::SearchService(Database& db)
    : m_db(db) {}

Result<void> SearchService::collect(const SearchSource& source, const QString& expression, bool namesOnly, int limit,
                                    QList<SearchHit>& hits) const {
    auto read = source.reader(m_db);
    if (!read)
        return std::unexpected(read.error());
    const QString match = namesOnly ? namesOnlyMatch(expression) : expression;
    auto q = m_db.connection().run(source.fullText, {match, limit}, u"search"_s);
    if (!q)
        return std::unexpected(q.error());
    QSet<QString> seen;
    for (const auto& h : std::as_const(hits))
        seen.insert(h.id);
    while ((*q)->next()) {
        if (seen.contains((*q)->value(0).toString()))
            continue;
        SearchHit hit = (*read)(**q);
        hit.table = source.type->table;
        hit.nameMatched = namesOnly;
        hits.append(hit);
    }
    (*q)->finish();
    return {};
}

Result<void> SearchService::collectByText(const SearchSource& source, const Terms& terms, int limit,
                                          QList<SearchHit>& hits, QList<SearchHit>& others) const {
    auto read = source.reader(m_db);
    if (!read)
        return std::unexpected(read.error());
    const Statement chosen = chosenRows(source, terms.patterns, terms.wordMatches, limit);
    auto q = m_db.connection().run(source.hits.arg(chosen.sql), chosen.values, u"search"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<SearchHit> found;
    while ((*q)->next()) {
        SearchHit hit = (*read)(**q);
        hit.table = source.type->table;
        found.append(hit);
    }
    (*q)->finish();
    if (source.complete)
        if (auto r = source.complete(m_db, found); !r)
            return r;
    for (SearchHit& hit : found)
        (hit.nameMatched ? hits : others).append(std::move(hit));
    return {};
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limit) const {
    return search(text, limit, nullptr);
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limit, const RecordType& only) const {
    return search(text, limit, &only);
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limit, const RecordType* only) const {
    Terms terms;
    terms.expression = SearchText::matchExpression(text);
    QList<SearchHit> hits;
    if (terms.expression.isEmpty() || limit <= 0)
        return hits;
    terms.patterns = SearchText::likePatterns(text);
    for (const QString& pattern : std::as_const(terms.patterns))
        terms.wordMatches.append(SearchText::matchExpression(pattern));
    QList<const SearchSource*> sources;
    for (const SearchSource& source : SearchSource::all())
        if ((!only || source.type == only) && (source.isFullText() || !terms.patterns.isEmpty()))
            sources.append(&source);
    // Name matches first (in the sources' order), then anything else, until the limit is reached.
    // Types without a full-text index are read once: the first round keeps what matched elsewhere
    // for the second.
    QHash<const SearchSource*, QList<SearchHit>> later;
    for (const bool namesOnly : {true, false}) {
        for (const SearchSource* source : std::as_const(sources)) {
            const int room = int(limit - hits.size());
            if (room <= 0)
                break;
            if (!source->isFullText() && namesOnly) {
                if (auto r = collectByText(*source, terms, room, hits, later[source]); !r)
                    return std::unexpected(r.error());
            } else if (!source->isFullText()) {
                hits.append(later.value(source).mid(0, room));
            } else if (auto r = collect(*source, terms.expression, namesOnly, room, hits); !r) {
                return std::unexpected(r.error());
            }
        }
    }
    // Within name matches, names that start with the first typed word come first.
    const QString first = text.trimmed().section(QLatin1Char(' '), 0, 0);
    std::stable_sort(hits.begin(), hits.end(), [&](const SearchHit& a, const SearchHit& b) {
        if (a.nameMatched != b.nameMatched)
            return a.nameMatched;
        return a.title.startsWith(first, Qt::CaseInsensitive) && !b.title.startsWith(first, Qt::CaseInsensitive);
    });
    return hits;
}

} // namespace Fieldbook
