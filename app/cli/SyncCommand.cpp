#include "SyncCommand.h"

#include "CliContext.h"
#include "store/journal/LocalOnlyRecords.h"
#include "store/journal/SyncJournal.h"
#include "common/ServerAddress.h"
#include "sync/SyncEngine.h"
#include "sync/TokenStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qint64 kMaxPasswordFileBytes = 4096;

/// The first line of FILE ("-": standard input), without its line end.
Result<QString> readPassword(const QString& path) {
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(ErrorCode::Io, QCoreApplication::translate("SyncCommand", "cannot read the password file %1: %2")
                                       .arg(path, file.errorString()));
    QByteArray line = file.readLine(kMaxPasswordFileBytes);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("SyncCommand", "the password file %1 is empty").arg(path));
    return QString::fromUtf8(line);
}

SyncEngine::Options optionsOf(const QCommandLineParser& parser, const QString& server, const QString& user,
                              int timeoutSeconds) {
    SyncEngine::Options options;
    options.server = QUrl(server);
    options.user = user;
    options.caFile = parser.value(u"ca-cert"_s);
    options.timeoutMs = timeoutSeconds * 1000;
    options.cancel = &CliContext::interrupted;
    return options;
}

QJsonObject summaryJson(const SyncSummary& summary) {
    return {{u"pushed"_s, summary.pushed},
            {u"pulled"_s, summary.pulled},
            {u"conflicts"_s, summary.conflicts},
            {u"rejected"_s, summary.rejected},
            {u"waiting"_s, summary.waiting},
            {u"skew_ms"_s, summary.skewMs},
            {u"set_aside"_s, summary.setAside},
            {u"files_sent"_s, summary.filesSent},
            {u"files_received"_s, summary.filesReceived},
            {u"files_waiting"_s, summary.filesWaiting}};
}

} // namespace

std::optional<int> SyncCommand::settleLocalRecords(CliContext& context, const QCommandLineParser& parser,
                                                   Database& db) const {
    LocalOnlyRecords records(db);
    const auto count = records.count();
    if (!count)
        return context.error(count.error(), ExitCode::Database);
    if (*count == 0)
        return std::nullopt;
    if (parser.isSet(u"take-over"_s)) {
        if (auto taken = records.takeOver(); !taken)
            return context.error(taken.error(), ExitCode::Database);
        context.note(tr("took over %n record(s) of users who exist only in this database", "", int(*count)));
        return std::nullopt;
    }
    if (parser.isSet(u"fresh"_s)) {
        const QString backup = LocalOnlyRecords::backupPathFor(db.path());
        if (auto emptied = records.startFresh(backup); !emptied)
            return context.error(emptied.error(), ExitCode::Database);
        context.note(tr("kept the database as %1 and emptied it for the server's data").arg(backup));
        return std::nullopt;
    }
    return context.error(ExitCode::Usage,
                         tr("this database holds %n record(s) of users who exist only here (such as demo data), which "
                            "the server would refuse: run again with --take-over to make them yours, or with --fresh "
                            "to start from the server's data (the database is kept as a backup first)",
                            "", int(std::min<qint64>(*count, INT_MAX))));
}

void SyncCommand::configure(QCommandLineParser& parser) const {
    parser.addOption(
        {u"server"_s, tr("The server, https://HOST[:PORT] (default: the one this database synced with)."), u"URL"_s});
    parser.addOption({u"user"_s, tr("The user to sign in as (default: the one this database synced as)."), u"NAME"_s});
    parser.addOption(
        {u"password-file"_s,
         tr("A file whose first line is the password (- reads standard input); needed the first time, later runs "
            "keep the sign-in."),
         u"FILE"_s});
    parser.addOption({u"ca-cert"_s, tr("Also trust the certificate authorities in this PEM file."), u"FILE"_s});
    parser.addOption(
        {u"timeout"_s, tr("Give up on a server that does not answer for S seconds (default 60)."), u"S"_s, u"60"_s});
    parser.addOption({u"take-over"_s, tr("Make records of users who exist only in this database yours.")});
    parser.addOption({u"fresh"_s, tr("Back this database up, empty it and start from the server's data.")});
}

int SyncCommand::run(CliContext& context, const QCommandLineParser& parser) {
    bool ok = false;
    const int timeout = parser.value(u"timeout"_s).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 3600)
        return context.error(ExitCode::Usage,
                             tr("--timeout expects seconds from 1 to 3600, not '%1'").arg(parser.value(u"timeout"_s)));
    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    auto state = SyncJournal(**db).state();
    if (!state)
        return context.error(state.error(), ExitCode::Database);
    const QString server =
        parser.value(u"server"_s).isEmpty() && *state ? (*state)->serverUrl : parser.value(u"server"_s);
    const QString user = parser.value(u"user"_s).isEmpty() && *state ? (*state)->userName : parser.value(u"user"_s);
    if (server.isEmpty() || user.isEmpty())
        return context.error(ExitCode::Usage, tr("sync needs --server URL and --user NAME the first time"));
    // The sign-in is kept like the desktop keeps it (TokenStore): a run without --password-file
    // goes on with the refresh token of the last one.
    TokenStore tokens(user + u'@' + ServerAddress::normalised(QUrl(server)) + u'#' + (*db)->deviceId());
    QString password;
    QString kept;
    if (parser.isSet(u"password-file"_s)) {
        auto read = readPassword(parser.value(u"password-file"_s));
        if (!read)
            return context.error(read.error(), ExitCode::Input);
        password = *read;
    } else if (kept = tokens.load(); kept.isEmpty()) {
        return context.error(ExitCode::Usage, tr("sync needs --password-file FILE (the first line is the password) "
                                                 "the first time; later runs keep the sign-in"));
    }
    if (const auto stop = settleLocalRecords(context, parser, **db))
        return *stop;

    QNetworkAccessManager network;
    SyncEngine::Options options = optionsOf(parser, server, user, timeout);
    QString warning;
    options.refreshTokenChanged = [&](const QString& token) {
        warning = tokens.save(token);
    };
    SyncEngine engine(**db, network, options);
    engine.setRefreshToken(kept);
    engine.setPassword(password);
    auto summary = engine.run();
    if (!warning.isEmpty() && !password.isEmpty()) // said when signing in, not on every later run
        context.note(warning);
    if (!summary && summary.error().code == ErrorCode::NotSignedIn && password.isEmpty()) {
        (void)tokens.save({}); // refused: the kept sign-in is of no use any more
        return context.error(
            ExitCode::SignIn,
            tr("the kept sign-in was refused (%1); sign in again with --password-file").arg(summary.error().message));
    }
    if (!summary)
        return context.error(summary.error(), ExitCode::Failure);
    context.printLine(QJsonDocument(summaryJson(*summary)).toJson(QJsonDocument::Compact));
    return int(summary->needsDecision() ? ExitCode::NeedsDecision : ExitCode::Ok);
}

} // namespace Fieldbook
