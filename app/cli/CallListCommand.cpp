#include "CallListCommand.h"

#include "CliContext.h"
#include "common/Clock.h"
#include "services/CallListBuilder.h"
#include "services/PhoneRegion.h"
#include "store/records/CallListProgress.h"
#include "store/records/CallListRepository.h"
#include "store/records/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The filter's `--filter KEY=VALUE` options; a problem in `problem`.
CallListFilter filterOf(const QStringList& options, Database& db, QString* problem) {
    CallListFilter f;
    for (const QString& option : options) {
        const QString key = option.section(u'=', 0, 0).trimmed().toLower();
        const QString value = option.section(u'=', 1).trimmed();
        if (key == u"industry")
            f.industry = value;
        else if (key == u"region")
            f.region = value;
        else if (key == u"tag")
            f.tag = value;
        else if (key == u"status")
            f.leadStatus = value;
        else if (key == u"not-contacted-since") {
            f.notContactedSince = QDate::fromString(value, Qt::ISODate);
            if (!f.notContactedSince.isValid())
                *problem =
                    CallListCommand::tr("not-contacted-since expects a date such as 2026-01-31, not '%1'").arg(value);
        } else if (key == u"segment") {
            auto accounts = CallListBuilder::segmentAccounts(db, value, Clock::today());
            if (accounts)
                f.accountIds = *accounts;
            else
                *problem = accounts.error().message;
        } else if (key == u"owner") {
            auto user = UserRepository(db).findByName(value);
            if (user && *user)
                f.ownerId = (*user)->id;
            else
                *problem = CallListCommand::tr("there is no user '%1'").arg(value);
        } else
            *problem = CallListCommand::tr("unknown filter '%1'; available: industry, region, tag, owner, "
                                           "not-contacted-since, status, segment")
                           .arg(key);
    }
    return f;
}

QJsonObject reportJson(const CallList& list, const CallListBuildReport& r) {
    return {{u"id"_s, list.id},
            {u"name"_s, list.name},
            {u"added"_s, r.added},
            {u"do_not_call"_s, r.doNotCall},
            {u"duplicates"_s, r.duplicates},
            {u"no_number"_s, r.noNumber},
            {u"new_leads"_s, r.newLeads},
            {u"problems"_s, QJsonArray::fromStringList(r.problems)}};
}

QJsonObject progressJson(const CallListProgress& p) {
    return {{u"to_call"_s, p.toCall}, {u"done"_s, p.done},         {u"callbacks_due"_s, p.callbacksDue},
            {u"calls"_s, p.calls},    {u"connects"_s, p.connects}, {u"connect_rate"_s, p.connectRate()}};
}

/// Integer option `name` in [low, high] into `*value` when set; a problem in `problem`.
void intOption(const QCommandLineParser& parser, const QString& name, int low, int high, int* value, QString* problem) {
    if (!parser.isSet(name))
        return;
    bool ok = false;
    const int n = parser.value(name).toInt(&ok);
    if (!ok || n < low || n > high)
        *problem = CallListCommand::tr("--%1 expects a whole number from %2 to %3").arg(name).arg(low).arg(high);
    else
        *value = n;
}

} // namespace

void CallListCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"action"_s, tr("create NAME, list, or assign LIST USER..."));
    parser.addOption({u"from"_s, tr("Build the list from contacts, leads or accounts."), u"SOURCE"_s});
    parser.addOption({u"filter"_s,
                      tr("Keep only matching records: industry=, region=, tag=, owner=, not-contacted-since=DATE, "
                         "status= (leads), segment= (an RFM segment's accounts). Repeat for several."),
                      u"KEY=VALUE"_s});
    parser.addOption({u"csv"_s, tr("Build the list from a CSV file with a phone column."), u"FILE"_s});
    parser.addOption({u"priority"_s, tr("Lists of higher priority are called first (default 0)."), u"N"_s});
    parser.addOption({u"retry-minutes"_s, tr("No answer or busy: call again after this (default 60)."), u"N"_s});
    parser.addOption({u"max-attempts"_s, tr("Calls at most per number (default 3)."), u"N"_s});
    parser.addOption({u"script"_s, tr("The call script, with {first_name}, {company}, {owner}…"), u"TEXT"_s});
    parser.addOption({u"round-robin"_s, tr("assign: hand the open entries to the users in turn.")});
    parser.addOption({u"format"_s, tr("text (default) or json."), u"FORMAT"_s, u"text"_s});
}

int CallListCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString format = parser.value(u"format"_s).toLower();
    if (format != u"text"_s && format != u"json"_s)
        return context.error(ExitCode::Usage, tr("--format expects json or text, not '%1'").arg(format));
    if (action != u"create"_s && action != u"list"_s && action != u"assign"_s)
        return context.error(ExitCode::Usage,
                             tr("unknown calllist command '%1'; available: create, list, assign").arg(action));
    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    if (action == u"create"_s)
        return create(context, parser, **db);
    if (action == u"list"_s)
        return list(context, parser, **db);
    return assign(context, parser, **db);
}

int CallListCommand::create(CliContext& context, const QCommandLineParser& parser, Database& db) {
    const QStringList args = parser.positionalArguments();
    const QString from = parser.value(u"from"_s).toLower();
    QString problem;
    if (args.size() != 2)
        problem = tr("calllist create needs the list's name");
    else if (parser.isSet(u"csv"_s) == parser.isSet(u"from"_s))
        problem = tr("calllist create needs either --from contacts|leads|accounts or --csv FILE");
    else if (const auto source = parseCallListSource(from);
             parser.isSet(u"from"_s) && source != CallListSource::Contacts && source != CallListSource::Leads &&
             source != CallListSource::Accounts)
        problem = tr("--from expects contacts, leads or accounts, not '%1'").arg(from);
    CallList list;
    list.name = args.value(1);
    list.script = parser.value(u"script"_s);
    intOption(parser, u"priority"_s, -100, 100, &list.priority, &problem);
    intOption(parser, u"retry-minutes"_s, 0, 60 * 24 * 30, &list.retryMinutes, &problem);
    intOption(parser, u"max-attempts"_s, 1, 20, &list.maxAttempts, &problem);
    const CallListFilter filter = filterOf(parser.values(u"filter"_s), db, &problem);
    if (!problem.isEmpty())
        return context.error(ExitCode::Usage, problem);
    list.source =
        parser.isSet(u"csv"_s) ? CallListSource::Csv : parseCallListSource(from).value_or(CallListSource::Contacts);
    list.filter = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"filters"_s, QJsonArray::fromStringList(parser.values(u"filter"_s))}})
            .toJson(QJsonDocument::Compact));
    if (list.name.trimmed().isEmpty())
        return context.error(ExitCode::Usage, tr("calllist create needs the list's name"));
    auto created = CallListBuilder(db, PhoneRegion::load(db))
                       .create(list, list.source, filter, parser.isSet(u"csv"_s) ? parser.value(u"csv"_s) : QString());
    if (!created)
        return context.error(created.error(), ExitCode::Input);
    const CallList* saved = &created->list;
    const CallListBuildReport* report = &created->report;
    for (const QString& p : std::as_const(report->problems))
        context.note(p);
    if (parser.value(u"format"_s).toLower() == u"json"_s)
        context.printLine(QJsonDocument(reportJson(*saved, *report)).toJson(QJsonDocument::Compact));
    else
        context.printLine(tr("%1: %2 numbers added; left out: %3 do not call, %4 duplicates, %5 without a number")
                              .arg(saved->name)
                              .arg(report->added)
                              .arg(report->doNotCall)
                              .arg(report->duplicates)
                              .arg(report->noNumber));
    return int(ExitCode::Ok);
}

int CallListCommand::list(CliContext& context, const QCommandLineParser& parser, Database& db) {
    auto lists = CallListRepository(db).lists();
    if (!lists)
        return context.error(lists.error(), ExitCode::Database);
    auto progress = CallListProgressQuery(db).read({}, Clock::nowMs());
    if (!progress)
        return context.error(progress.error(), ExitCode::Database);
    QJsonArray out;
    for (const CallList& l : std::as_const(*lists)) {
        CallListProgress total;
        QJsonArray reps;
        for (const CallListProgress& p : std::as_const(*progress)) {
            if (p.listId != l.id)
                continue;
            total.add(p);
            auto user = UserRepository(db).get(p.ownerId);
            QJsonObject rep = progressJson(p);
            rep.insert(u"user"_s, user ? user->name : p.ownerId);
            reps.append(rep);
        }
        QJsonObject row = progressJson(total);
        row.insert(u"id"_s, l.id);
        row.insert(u"name"_s, l.name);
        row.insert(u"source"_s, callListSourceKey(l.source));
        row.insert(u"priority"_s, l.priority);
        row.insert(u"closed"_s, l.closed);
        row.insert(u"reps"_s, reps);
        out.append(row);
        if (parser.value(u"format"_s).toLower() != u"json"_s)
            context.printLine(tr("%1\t%2 to call\t%3 done\t%4 callbacks due\t%5 calls, %6 connected")
                                  .arg(l.name)
                                  .arg(total.toCall)
                                  .arg(total.done)
                                  .arg(total.callbacksDue)
                                  .arg(total.calls)
                                  .arg(total.connects));
    }
    if (parser.value(u"format"_s).toLower() == u"json"_s)
        context.printLine(QJsonDocument(out).toJson(QJsonDocument::Compact));
    return int(ExitCode::Ok);
}

int CallListCommand::assign(CliContext& context, const QCommandLineParser& parser, Database& db) {
    const QStringList args = parser.positionalArguments();
    if (args.size() < 3 || !parser.isSet(u"round-robin"_s))
        return context.error(ExitCode::Usage, tr("calllist assign needs the list, --round-robin and the users"));
    auto list = CallListRepository(db).find(args.at(1));
    if (!list)
        return context.error(ExitCode::Usage, list.error().message);
    QStringList users;
    for (const QString& name : args.mid(2)) {
        auto user = UserRepository(db).findByName(name);
        if (!user)
            return context.error(user.error(), ExitCode::Database);
        if (!*user)
            return context.error(ExitCode::Usage, tr("there is no user '%1'").arg(name));
        users.append((*user)->id);
    }
    auto assigned = CallListRepository(db).assignRoundRobin(list->id, users);
    if (!assigned)
        return context.error(assigned.error(), ExitCode::Usage);
    if (parser.value(u"format"_s).toLower() == u"json"_s)
        context.printLine(QJsonDocument(QJsonObject{{u"list"_s, list->name}, {u"assigned"_s, *assigned}})
                              .toJson(QJsonDocument::Compact));
    else
        context.printLine(tr("%1: %n entry(ies) assigned", nullptr, *assigned).arg(list->name));
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
