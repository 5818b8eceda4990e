#include "SearchService.h"

#include "SearchText.h"
#include "store/Database.h"
#include "domain/Contact.h"
#include "store/SqlConnection.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook {

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
    const QString match = namesOnly ? u"{name} : ("_s + expression + u')' : expression;
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
            const QString industry = r.value(2).toString();
            const QString city = r.value(3).toString();
            hit.subtitle = industry.isEmpty() ? city : city.isEmpty() ? industry : industry + u" · "_s + city;
        }
        hits.append(hit);
    }
    (*q)->finish();
    return {};
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limit, Scope scope) const {
    const QString expression = SearchText::matchExpression(text);
    QList<SearchHit> hits;
    if (expression.isEmpty() || limit <= 0)
        return hits;
    QStringList tables;
    if (scope == Scope::All || scope == Scope::Accounts)
        tables.append(u"accounts"_s);
    if (scope == Scope::All || scope == Scope::Contacts)
        tables.append(u"contacts"_s);
    if (scope == Scope::All || scope == Scope::Leads)
        tables.append(u"leads"_s);
    // Name matches first (accounts, contacts, leads), then anything else, until the limit is reached.
    for (const bool namesOnly : {true, false}) {
        for (const auto& table : std::as_const(tables)) {
            const int room = int(limit - hits.size());
            if (room <= 0)
                return hits;
            if (auto r = collect(table, expression, namesOnly, room, hits); !r)
                return std::unexpected(r.error());
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
