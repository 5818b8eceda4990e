#include "SearchPhase.h"

#include "BenchTimer.h"
#include "models/ContactListModel.h"
#include "search/SearchService.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

/// What people type: the first one to four characters of names, companies, e-mails and cities.
QStringList queries() {
    QStringList q;
    for (char c = 'a'; c <= 'z'; ++c)
        q.append(QString(QLatin1Char(c)));
    q += QStringList{u"an"_s,   u"ch"_s,   u"li"_s,   u"wa"_s,   u"ma"_s,   u"jo"_s,   u"sm"_s,   u"da"_s,
                     u"el"_s,   u"ro"_s,   u"mar"_s,  u"joh"_s,  u"wan"_s,  u"zha"_s,  u"tec"_s,  u"gro"_s,
                     u"ber"_s,  u"sha"_s,  u"new"_s,  u"mich"_s, u"wang"_s, u"chen"_s, u"tech"_s, u"smit"_s,
                     u"berl"_s, u"anna"_s, u"2012"_s, u"王"_s,   u"李"_s,   u"张"_s,   u"伟"_s,   u"科技"_s,
                     u"上海"_s, u"有限"_s, u"王伟"_s, u"李娜"_s, u"13"_s,   u"555"_s,  u"+86"_s,  u"gmai"_s};
    return q;
}

} // namespace

QJsonObject runSearchPhase(Database& db) {
    SearchService search(db);
    Samples quick;
    int hits = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : queries()) {
            QElapsedTimer t;
            t.start();
            auto result = search.search(text, 20);
            quick.add(elapsedMs(t));
            if (result)
                hits += int(result->size());
        }
    }

    ContactListModel model(db);
    Samples filter;
    for (const QString& text : queries()) {
        QElapsedTimer t;
        t.start();
        model.setFilter(ListFilter{text, {}, {}, {}});
        filter.add(elapsedMs(t));
    }
    return {{u"search_p95_ms"_s, quick.percentile(95)},
            {u"search_p50_ms"_s, quick.percentile(50)},
            {u"search_queries"_s, int(quick.count())},
            {u"search_hits"_s, hits},
            {u"filter_p95_ms"_s, filter.percentile(95)}};
}

} // namespace Fieldbook::Bench
