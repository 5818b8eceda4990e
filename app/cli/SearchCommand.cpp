#include "SearchCommand.h"

#include "CliContext.h"
#include "search/SearchService.h"
#include "store/write/RecordKind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fieldbook {

void SearchCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"TEXT"_s, tr("What to look for (word prefixes; Chinese by any part; "
                                               "opportunities and quotes by any part of their name, number "
                                               "or title)."));
    parser.addOption({u"limit"_s, tr("At most N results (default 20)."), u"N"_s, u"20"_s});
    parser.addOption({u"format"_s, tr("text (default) or json."), u"FORMAT"_s, u"text"_s});
}

int SearchCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.error(ExitCode::Usage, tr("search needs the TEXT to look for"));
    const QString text = args.join(u' ');
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > 10000)
        return context.error(ExitCode::Usage,
                             tr("--limit expects a number from 1 to 10000, not '%1'").arg(parser.value(u"limit"_s)));
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s)
        return context.error(ExitCode::Usage, tr("--format expects json or text, not '%1'").arg(format));
    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    auto hits = SearchService(**db).search(text, limit);
    if (!hits)
        return context.error(hits.error(), ExitCode::Database);
    if (format == u"json"_s) {
        QJsonArray array;
        for (const auto& hit : std::as_const(*hits))
            array.append(QJsonObject{{u"type"_s, hit.table},
                                     {u"id"_s, hit.id},
                                     {u"title"_s, hit.title},
                                     {u"subtitle"_s, hit.subtitle},
                                     {u"name_matched"_s, hit.nameMatched}});
        context.printLine(QJsonDocument(array).toJson(QJsonDocument::Compact));
        return int(ExitCode::Ok);
    }
    for (const auto& hit : std::as_const(*hits)) {
        const RecordKind* type = RecordKind::find(hit.table);
        const QString kind = type ? QCoreApplication::translate("RecordKind", type->nounInText) : hit.table;
        context.printLine(hit.subtitle.isEmpty() ? u"%1\t%2\t%3"_s.arg(kind, hit.title, hit.id)
                                                 : u"%1\t%2 (%3)\t%4"_s.arg(kind, hit.title, hit.subtitle, hit.id));
    }
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
