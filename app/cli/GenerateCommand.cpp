#include "GenerateCommand.h"

#include "CliContext.h"
#include "demo/DemoSizes.h"
#include "services/DemoDataService.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Fieldbook {

void GenerateCommand::configure(QCommandLineParser& parser) const {
    const DemoSizes sizes;
    parser.addOption(
        {u"accounts"_s, tr("Accounts to write (default %1 when no count is given).").arg(sizes.accounts), u"N"_s});
    parser.addOption({u"contacts"_s, tr("Contacts to write (default %1).").arg(sizes.contacts), u"N"_s});
    parser.addOption({u"activities"_s, tr("Activities to write (default %1).").arg(sizes.activities), u"N"_s});
    parser.addOption({u"opportunities"_s, tr("Opportunities to write (default %1).").arg(sizes.opportunities), u"N"_s});
    parser.addOption(
        {u"quotes"_s, tr("Quotes to write, with the demo product catalogue (default %1).").arg(sizes.quotes), u"N"_s});
    parser.addOption({u"leads"_s, tr("Leads to write (default %1).").arg(sizes.leads), u"N"_s});
    parser.addOption({u"events"_s,
                      tr("Calendar events to write, one in twenty a recurring series (default %1).").arg(sizes.events),
                      u"N"_s});
    parser.addOption({u"tasks"_s, tr("Tasks to write (default %1).").arg(sizes.tasks), u"N"_s});
    parser.addOption({u"users"_s, tr("Sales team size (default %1).").arg(sizes.users), u"N"_s});
    parser.addOption({u"call-lists"_s, tr("Also build two call lists for telesales from the leads and contacts.")});
    parser.addOption({u"seed"_s, tr("Random seed: the same seed gives the same data (default 1)."), u"S"_s, u"1"_s});
}

int GenerateCommand::run(CliContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.error(ExitCode::Usage, tr("generate takes no arguments, only options; see --help"));
    const DemoSizes sizes;
    const bool anyCount = parser.isSet(u"accounts"_s) || parser.isSet(u"contacts"_s) || parser.isSet(u"activities"_s) ||
                          parser.isSet(u"opportunities"_s) || parser.isSet(u"quotes"_s) || parser.isSet(u"leads"_s) ||
                          parser.isSet(u"events"_s) || parser.isSet(u"tasks"_s);
    DemoRequest request;
    struct Count {
        QString option;
        int* target;
        int fallback;
    };
    for (const Count& count : {Count{u"accounts"_s, &request.accounts, anyCount ? 0 : sizes.accounts},
                               Count{u"contacts"_s, &request.contacts, anyCount ? 0 : sizes.contacts},
                               Count{u"activities"_s, &request.activities, anyCount ? 0 : sizes.activities},
                               Count{u"opportunities"_s, &request.opportunities, anyCount ? 0 : sizes.opportunities},
                               Count{u"quotes"_s, &request.quotes, anyCount ? 0 : sizes.quotes},
                               Count{u"leads"_s, &request.leads, anyCount ? 0 : sizes.leads},
                               Count{u"events"_s, &request.events, anyCount ? 0 : sizes.events},
                               Count{u"tasks"_s, &request.tasks, anyCount ? 0 : sizes.tasks},
                               Count{u"users"_s, &request.users, sizes.users}}) {
        *count.target = count.fallback;
        if (!parser.isSet(count.option))
            continue;
        bool ok = false;
        *count.target = parser.value(count.option).toInt(&ok);
        if (!ok || *count.target < 0 || *count.target > 10'000'000)
            return context.error(
                ExitCode::Usage,
                tr("--%1 expects a number from 0 to 10000000, not '%2'").arg(count.option, parser.value(count.option)));
    }
    request.callLists = parser.isSet(u"call-lists"_s);
    bool ok = false;
    request.seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return context.error(ExitCode::Usage,
                             tr("--seed expects a whole number, not '%1'").arg(parser.value(u"seed"_s)));

    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    QElapsedTimer timer;
    timer.start();
    auto result = DemoDataService::generate(**db, request, CliContext::interruptibleProgress());
    if (!result)
        return context.error(result.error(),
                             result.error().code == ErrorCode::InvalidInput ? ExitCode::Usage : ExitCode::Failure);
    context.printLine(u"{\"users\":%1,\"accounts\":%2,\"contacts\":%3,\"activities\":%4,\"opportunities\":%5,"
                      u"\"products\":%6,\"quotes\":%7,\"leads\":%8,\"events\":%9,\"tasks\":%10,\"elapsed_ms\":%11}"_s
                          .arg(result->users)
                          .arg(result->accounts)
                          .arg(result->contacts)
                          .arg(result->activities)
                          .arg(result->opportunities)
                          .arg(result->products)
                          .arg(result->quotes)
                          .arg(result->leads)
                          .arg(result->events)
                          .arg(result->tasks)
                          .arg(timer.elapsed()));
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
