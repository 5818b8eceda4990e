#include "SearchService.h"

#include "common/SearchText.h"
#include "domain/Contact.h"
#include "domain/Industry.h"
#include "domain/MoneyText.h"
#include "domain/Pipeline.h"
#include "store/Database.h"
#include "store/PipelineRepository.h"
#include "store/QuoteRepository.h"
#include "store/SqlConnection.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// "{name} : (expression)": the expression matched against the name column only.
QString namesOnlyMatch(const QString& expression) {
    return u"{name} : ("_s + expression + u')';
}

/// Joins non-empty parts with " · ".
QString joinParts(const QStringList& parts) {
    QStringList present;
    for (const QString& part : parts)
        if (!part.isEmpty())
            present.append(part);
    return present.join(u" · "_s);
}

QString moneyText(qint64 minorUnits, const QString& currency) {
    return MoneyText::format(minorUnits, QLocale(), MoneyText::decimalsFor(currency)) + u' ' + currency;
}

} // namespace

SearchService::SearchService(Database& db)
    : m_db(db) {}

Result<void> SearchService::collect(const QString& table, const QString& expression, bool namesOnly, int limit,
                                    QList<SearchHit>& hits) const {
    const bool contacts = table == u"contacts"_s;
    const bool leads = table == u"leads"_s;
    // CROSS JOIN keeps the full-text match as the outer loop: without statistics SQLite would
    // otherwise walk every live record and probe the index for each one.
    const QString select =
        contacts ? u"SELECT c.id, c.first_name, c.last_name, coalesce(a.name, ''), c.title FROM contacts_fts f "
                   u"CROSS JOIN contacts c ON c.rid = f.rowid LEFT JOIN accounts a ON a.id = c.account_id "
                   u"WHERE contacts_fts MATCH ? AND +c.deleted = 0 LIMIT ?"_s
        : leads ? u"SELECT l.id, l.first_name, l.last_name, l.company, l.title FROM leads_fts f CROSS JOIN leads l "
                  u"ON l.rid = f.rowid WHERE leads_fts MATCH ? AND +l.deleted = 0 LIMIT ?"_s
                : u"SELECT a.id, a.name, a.industry, a.city, '' FROM accounts_fts f CROSS JOIN accounts a ON a.rid = "
                  u"f.rowid "
                  u"WHERE accounts_fts MATCH ? AND +a.deleted = 0 LIMIT ?"_s;
    const QString match = namesOnly ? namesOnlyMatch(expression) : expression;
    auto q = m_db.connection().run(select, {match, limit}, u"search"_s);
    if (!q)
        return std::unexpected(q.error());
    QSet<QString> seen;
    for (const auto& h : std::as_const(hits))
        seen.insert(h.id);
    while ((*q)->next()) {
        const QSqlQuery& r = **q;
        const QString id = r.value(0).toString();
        if (seen.contains(id))
            continue;
        SearchHit hit;
        hit.table = table;
        hit.id = id;
        hit.nameMatched = namesOnly;
        if (contacts || leads) {
            Contact name;
            name.firstName = r.value(1).toString();
            name.lastName = r.value(2).toString();
            hit.title = name.displayName();
            const QString company = r.value(3).toString();
            const QString title = r.value(4).toString();
            hit.subtitle = company.isEmpty() ? title : title.isEmpty() ? company : title + u" · "_s + company;
        } else {
            hit.title = r.value(1).toString();
            const QString industry = industryName(r.value(2).toString());
            const QString city = r.value(3).toString();
            hit.subtitle = industry.isEmpty() ? city : city.isEmpty() ? industry : industry + u" · "_s + city;
        }
        hits.append(hit);
    }
    (*q)->finish();
    return {};
}

Result<void> SearchService::collectSales(const QString& table, const Terms& terms, int limit, QList<SearchHit>& hits,
                                         QList<SearchHit>& others) const {
    const bool quotes = table == u"quotes"_s;
    // Neither table has a full-text index: one scan of the live rows (a few milliseconds at 50,000
    // opportunities) tests each word against the name, number or title, and against the ids of the
    // accounts whose names have the word (found in the accounts' index once per query).
    const QString ownText =
        quotes ? u"(number LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\')"_s : u"name LIKE ? ESCAPE '\\'"_s;
    const int ownBindings = quotes ? 2 : 1;
    QStringList named;
    QStringList matched;
    QVariantList values;
    for (const QString& pattern : terms.patterns) {
        named.append(ownText);
        for (int i = 0; i < ownBindings; ++i)
            values.append(pattern);
    }
    for (qsizetype w = 0; w < terms.patterns.size(); ++w) {
        for (int i = 0; i < ownBindings; ++i)
            values.append(terms.patterns.at(w));
        if (terms.wordMatches.at(w).isEmpty()) {
            matched.append(ownText);
            continue;
        }
        matched.append(u"("_s + ownText +
                       u" OR account_id IN (SELECT a.id FROM accounts_fts f CROSS JOIN accounts a ON a.rid = "
                       u"f.rowid WHERE accounts_fts MATCH ? AND +a.deleted = 0))"_s);
        values.append(namesOnlyMatch(terms.wordMatches.at(w)));
    }
    values.append(limit);
    // Of a quote's revisions only the latest live one is found.
    const QString latest = quotes ? u" AND NOT EXISTS (SELECT 1 FROM quotes n WHERE n.number = s.number AND "
                                    u"n.revision > s.revision AND n.deleted = 0)"_s
                                  : QString();
    const QString chosen = u"(SELECT rid, ("_s + named.join(u" AND "_s) + u") AS named FROM "_s + table +
                           u" s WHERE +deleted = 0 AND "_s + matched.join(u" AND "_s) + latest +
                           u" ORDER BY named DESC, updated_at DESC LIMIT ?) m"_s;
    const QString select =
        quotes ? u"SELECT q.id, coalesce(a.name, ''), m.named FROM "_s + chosen +
                     u" CROSS JOIN quotes q ON q.rid = m.rid LEFT JOIN accounts a ON a.id = q.account_id "
                     u"ORDER BY m.named DESC, q.updated_at DESC"_s
               : u"SELECT o.id, o.name, coalesce(a.name, ''), o.stage, o.amount, o.currency, m.named, o.pipeline "
                 u"FROM "_s +
                     chosen +
                     u" CROSS JOIN opportunities o ON o.rid = m.rid LEFT JOIN accounts a ON a.id = o.account_id "
                     u"ORDER BY m.named DESC, o.updated_at DESC"_s;
    auto q = m_db.connection().run(select, values, u"search"_s);
    if (!q)
        return std::unexpected(q.error());
    // Stage names as the organisation configured them (keys are unique within a pipeline).
    QHash<QString, QString> stageNames;
    if (!quotes) {
        auto pipelines = PipelineRepository(m_db).pipelines(true);
        if (!pipelines)
            return std::unexpected(pipelines.error());
        for (const Pipeline& p : std::as_const(*pipelines))
            for (const PipelineStage& stage : p.stages)
                stageNames.insert(p.key + u'\n' + stage.key, stage.name);
    }
    QList<SearchHit> found;
    while ((*q)->next()) {
        const QSqlQuery& r = **q;
        SearchHit hit;
        hit.table = table;
        hit.id = r.value(0).toString();
        if (quotes) {
            hit.subtitle = r.value(1).toString(); // the account, completed below
            hit.nameMatched = r.value(2).toBool();
        } else {
            hit.title = r.value(1).toString();
            const QString stageKey = r.value(3).toString();
            hit.subtitle =
                joinParts({r.value(2).toString(), stageNames.value(r.value(7).toString() + u'\n' + stageKey, stageKey),
                           moneyText(r.value(4).toLongLong(), r.value(5).toString())});
            hit.nameMatched = r.value(6).toBool();
        }
        found.append(hit);
    }
    (*q)->finish();
    if (quotes) {
        // At most a page of quotes: their status and total come from the repository, as everywhere.
        QuoteRepository repository(m_db);
        const QDate today = QDate::currentDate();
        for (SearchHit& hit : found) {
            auto quote = repository.get(hit.id);
            if (!quote)
                return std::unexpected(quote.error());
            hit.title =
                quote->title.isEmpty() ? quote->displayNumber() : quote->displayNumber() + u" · "_s + quote->title;
            auto totals = repository.totals(hit.id);
            if (!totals)
                return std::unexpected(totals.error());
            hit.subtitle = joinParts({hit.subtitle, quoteStatusName(quote->effectiveStatus(today)),
                                      moneyText(totals->grandTotal, quote->currency)});
        }
    }
    for (SearchHit& hit : found)
        (hit.nameMatched ? hits : others).append(std::move(hit));
    return {};
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limit, Scope scope) const {
    Terms terms;
    terms.expression = SearchText::matchExpression(text);
    QList<SearchHit> hits;
    if (terms.expression.isEmpty() || limit <= 0)
        return hits;
    terms.patterns = SearchText::likePatterns(text);
    for (const QString& pattern : std::as_const(terms.patterns))
        terms.wordMatches.append(SearchText::matchExpression(pattern));
    QStringList tables;
    for (const auto& [table, own] :
         {std::pair{u"accounts"_s, Scope::Accounts}, std::pair{u"contacts"_s, Scope::Contacts},
          std::pair{u"leads"_s, Scope::Leads}, std::pair{u"opportunities"_s, Scope::Opportunities},
          std::pair{u"quotes"_s, Scope::Quotes}})
        if (scope == Scope::All || scope == own)
            tables.append(table);
    if (terms.patterns.isEmpty()) {
        tables.removeAll(u"quotes"_s);
        tables.removeAll(u"opportunities"_s);
    }
    // Name matches first (accounts, contacts, leads, opportunities, quotes), then anything else,
    // until the limit is reached. Opportunities and quotes are read once: the first round keeps
    // what matched elsewhere for the second.
    QHash<QString, QList<SearchHit>> later;
    for (const bool namesOnly : {true, false}) {
        for (const auto& table : std::as_const(tables)) {
            const int room = int(limit - hits.size());
            if (room <= 0)
                break;
            const bool sales = table == u"quotes"_s || table == u"opportunities"_s;
            if (sales && namesOnly) {
                if (auto r = collectSales(table, terms, room, hits, later[table]); !r)
                    return std::unexpected(r.error());
            } else if (sales) {
                hits.append(later.value(table).mid(0, room));
            } else if (auto r = collect(table, terms.expression, namesOnly, room, hits); !r) {
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
