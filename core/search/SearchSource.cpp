#include "SearchSource.h"

#include "calendar/CalendarTime.h"
#include "domain/CalendarTask.h"
#include "domain/Contact.h"
#include "domain/Industry.h"
#include "domain/MoneyText.h"
#include "domain/Pipeline.h"
#include "protocol/RecordType.h"
#include "store/records/PipelineRepository.h"
#include "store/records/QuoteRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

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

/// A reader that needs nothing looked up first.
std::function<Result<SearchSource::Reader>(Database&)> plain(SearchSource::Reader read) {
    return [read = std::move(read)](Database&) -> Result<SearchSource::Reader> {
        return read;
    };
}

/// Rows of id, first name, last name, company, job title: a person and where they work.
SearchHit personHit(const QSqlQuery& r) {
    SearchHit hit;
    hit.id = r.value(0).toString();
    Contact name;
    name.firstName = r.value(1).toString();
    name.lastName = r.value(2).toString();
    hit.title = name.displayName();
    const QString company = r.value(3).toString();
    const QString title = r.value(4).toString();
    hit.subtitle = company.isEmpty() ? title : title.isEmpty() ? company : title + u" · "_s + company;
    return hit;
}

// CROSS JOIN keeps the full-text match as the outer loop: without statistics SQLite would
// otherwise walk every live record and probe the index for each one.

SearchSource accounts() {
    SearchSource s;
    s.type = &RecordType::accounts();
    s.fullText = u"SELECT a.id, a.name, a.industry, a.city, '' FROM accounts_fts f CROSS JOIN accounts a ON a.rid = "
                 u"f.rowid WHERE accounts_fts MATCH ? AND +a.deleted = 0 LIMIT ?"_s;
    s.reader = plain([](const QSqlQuery& r) {
        SearchHit hit;
        hit.id = r.value(0).toString();
        hit.title = r.value(1).toString();
        const QString industry = industryName(r.value(2).toString());
        const QString city = r.value(3).toString();
        hit.subtitle = industry.isEmpty() ? city : city.isEmpty() ? industry : industry + u" · "_s + city;
        return hit;
    });
    return s;
}

SearchSource contacts() {
    SearchSource s;
    s.type = &RecordType::contacts();
    s.fullText = u"SELECT c.id, c.first_name, c.last_name, coalesce(a.name, ''), c.title FROM contacts_fts f "
                 u"CROSS JOIN contacts c ON c.rid = f.rowid LEFT JOIN accounts a ON a.id = c.account_id "
                 u"WHERE contacts_fts MATCH ? AND +c.deleted = 0 LIMIT ?"_s;
    s.reader = plain(personHit);
    return s;
}

SearchSource leads() {
    SearchSource s;
    s.type = &RecordType::leads();
    s.fullText = u"SELECT l.id, l.first_name, l.last_name, l.company, l.title FROM leads_fts f CROSS JOIN leads l "
                 u"ON l.rid = f.rowid WHERE leads_fts MATCH ? AND +l.deleted = 0 LIMIT ?"_s;
    s.reader = plain(personHit);
    return s;
}

/// Found by name or the account's name; shown with account · stage · amount.
SearchSource opportunities() {
    SearchSource s;
    s.type = &RecordType::opportunities();
    s.textColumns = {u"name"_s};
    s.alsoBy = u"account_id"_s;
    s.hits = u"SELECT o.id, o.name, coalesce(a.name, ''), o.stage, o.amount, o.currency, m.named, o.pipeline "
             u"FROM %1 CROSS JOIN opportunities o ON o.rid = m.rid LEFT JOIN accounts a ON a.id = o.account_id "
             u"ORDER BY m.named DESC, o.updated_at DESC"_s;
    s.reader = [](Database& db) -> Result<SearchSource::Reader> {
        // Stage names as the organisation configured them (keys are unique within a pipeline).
        auto pipelines = PipelineRepository(db).pipelines(true);
        if (!pipelines)
            return std::unexpected(pipelines.error());
        QHash<QString, QString> stageNames;
        for (const Pipeline& p : std::as_const(*pipelines))
            for (const PipelineStage& stage : p.stages)
                stageNames.insert(p.key + u'\n' + stage.key, stage.name);
        return [stageNames](const QSqlQuery& r) {
            SearchHit hit;
            hit.id = r.value(0).toString();
            hit.title = r.value(1).toString();
            const QString stageKey = r.value(3).toString();
            hit.subtitle =
                joinParts({r.value(2).toString(), stageNames.value(r.value(7).toString() + u'\n' + stageKey, stageKey),
                           moneyText(r.value(4).toLongLong(), r.value(5).toString())});
            hit.nameMatched = r.value(6).toBool();
            return hit;
        };
    };
    return s;
}

/// Found by number, title or the account's name, the latest live revision only; shown with
/// account · status · total.
SearchSource quotes() {
    SearchSource s;
    s.type = &RecordType::quotes();
    s.textColumns = {u"number"_s, u"title"_s};
    s.alsoBy = u"account_id"_s;
    s.only = u" AND NOT EXISTS (SELECT 1 FROM quotes n WHERE n.number = s.number AND n.revision > s.revision AND "
             u"n.deleted = 0)"_s;
    s.hits = u"SELECT q.id, coalesce(a.name, ''), m.named FROM %1 CROSS JOIN quotes q ON q.rid = m.rid "
             u"LEFT JOIN accounts a ON a.id = q.account_id ORDER BY m.named DESC, q.updated_at DESC"_s;
    s.reader = plain([](const QSqlQuery& r) {
        SearchHit hit;
        hit.id = r.value(0).toString();
        hit.subtitle = r.value(1).toString(); // the account, completed below
        hit.nameMatched = r.value(2).toBool();
        return hit;
    });
    // At most a page of quotes: their status and total come from the repository, as everywhere.
    s.complete = [](Database& db, QList<SearchHit>& hits) -> Result<void> {
        QuoteRepository repository(db);
        const QDate today = QDate::currentDate();
        for (SearchHit& hit : hits) {
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
        return {};
    };
    return s;
}

/// A calendar value as people read it: the date, and the time on the value's own clock.
QString whenText(const QString& stored) {
    const auto time = CalendarTime::fromText(stored);
    if (!time)
        return {};
    const QLocale locale;
    const QString date = locale.toString(time->date, QLocale::ShortFormat);
    return time->isAllDay() ? date : date + u' ' + locale.toString(time->time, u"HH:mm"_s);
}

/// Found by title, place or the account's name; a series once (not its changed occurrences);
/// shown with account · start (· repeats). Busy views have no title, place or account to find.
SearchSource events() {
    SearchSource s;
    s.type = &RecordType::events();
    s.textColumns = {u"title"_s, u"location"_s};
    s.alsoBy = u"account_id"_s;
    s.only = u" AND s.series_id IS NULL"_s;
    s.hits = u"SELECT e.id, e.title, coalesce(a.name, ''), e.starts, e.rrules, m.named FROM %1 "
             u"CROSS JOIN events e ON e.rid = m.rid LEFT JOIN accounts a ON a.id = e.account_id "
             u"ORDER BY m.named DESC, e.range_start DESC"_s;
    s.reader = plain([](const QSqlQuery& r) {
        SearchHit hit;
        hit.id = r.value(0).toString();
        hit.title = r.value(1).toString();
        const QString rules = r.value(4).toString();
        const bool repeats = !rules.isEmpty() && rules != u"[]"_s;
        hit.subtitle = joinParts({r.value(2).toString(), whenText(r.value(3).toString()),
                                  repeats ? QCoreApplication::translate("SearchSource", "repeats") : QString()});
        hit.nameMatched = r.value(5).toBool();
        return hit;
    });
    return s;
}

/// Found by title or the account's name; shown with account · due · status.
SearchSource tasks() {
    SearchSource s;
    s.type = &RecordType::tasks();
    s.textColumns = {u"title"_s};
    s.alsoBy = u"account_id"_s;
    s.hits = u"SELECT t.id, t.title, coalesce(a.name, ''), t.due, t.status, m.named FROM %1 "
             u"CROSS JOIN tasks t ON t.rid = m.rid LEFT JOIN accounts a ON a.id = t.account_id "
             u"ORDER BY m.named DESC, t.updated_at DESC"_s;
    s.reader = plain([](const QSqlQuery& r) {
        SearchHit hit;
        hit.id = r.value(0).toString();
        hit.title = r.value(1).toString();
        TaskStatus status = TaskStatus::Open;
        const QString statusText =
            parseTaskStatus(r.value(4).toString(), &status) ? taskStatusLabel(status) : QString();
        hit.subtitle = joinParts({r.value(2).toString(), whenText(r.value(3).toString()), statusText});
        hit.nameMatched = r.value(5).toBool();
        return hit;
    });
    return s;
}

} // namespace

const QList<SearchSource>& SearchSource::all() {
    static const QList<SearchSource> sources{accounts(), contacts(), leads(), opportunities(),
                                             quotes(),   events(),   tasks()};
    return sources;
}

} // namespace Fieldbook
