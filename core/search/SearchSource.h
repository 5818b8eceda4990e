#pragma once

#include "SearchHit.h"
#include "common/Error.h"

#include <QList>
#include <QStringList>

#include <functional>

class QSqlQuery;

namespace Fieldbook {

class Database;
struct RecordType;

/// How search finds the records of one type and shows them: SearchService reads these, one a
/// type, declared in SearchSource.cpp. A type with a full-text index (RecordKind::searchIndexed)
/// is read through it; any other is found by every word typed being part of one of its text
/// columns or of the name of the record its `alsoBy` reference names. Internal to core/search.
struct SearchSource {
    const RecordType* type = nullptr;
    /// Full text: a SELECT binding the MATCH expression and the limit; its rows are hits.
    QString fullText;
    /// Without a full-text index: the text columns each word typed is looked for in.
    QStringList textColumns;
    /// A reference whose record's indexed name also finds a record ("account_id": its account's).
    QString alsoBy;
    /// A further condition on the rows (alias `s`), e.g. the latest revision only.
    QString only;
    /// The SELECT of the hits: `%1` stands for the rows chosen (columns `rid` and `named`, the
    /// latter true when every word was found in the record's own text), in their order.
    QString hits;
    /// Makes a hit of a row of `fullText` or `hits`.
    using Reader = std::function<SearchHit(const QSqlQuery& row)>;
    /// The reader of a query's rows, with what it shows looked up first (stage names).
    std::function<Result<Reader>(Database& db)> reader;
    /// Completes the hits read, after the query (a quote's status and total); may be empty.
    std::function<Result<void>(Database& db, QList<SearchHit>& hits)> complete;

    bool isFullText() const { return !fullText.isEmpty(); }
    /// Every source, in the order their results come: accounts, contacts, leads, opportunities,
    /// quotes, events, tasks.
    static const QList<SearchSource>& all();
};

} // namespace Fieldbook
