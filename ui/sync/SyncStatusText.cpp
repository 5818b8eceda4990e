#include "SyncStatusText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Fieldbook {

using State = SyncStatus::State;

QString SyncStatusText::when(qint64 msSinceEpoch) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    const QLocale locale;
    if (at.date() == QDate::currentDate())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

QString SyncStatusText::progress(const SyncStatus& status) {
    const SyncProgress& p = status.progress;
    const int total = int(std::min<qint64>(p.total, std::numeric_limits<int>::max()));
    switch (p.phase) {
    case SyncProgress::Phase::Connecting:
        break;
    case SyncProgress::Phase::Pushing:
        // Without a total from the engine, `waiting` (counted before the run) says how many go out.
        return tr("Sending %Ln change(s)…", "", total > 0 ? total : std::max(status.waiting, p.done));
    case SyncProgress::Phase::Pulling:
        if (total > 0) // a first sync knows how much it brings
            return tr("Syncing… %1 of %Ln received", "", total).arg(QLocale().toString(p.done));
        if (p.done > 0)
            return tr("Syncing… %Ln received", "", p.done);
        break;
    case SyncProgress::Phase::Files:
        if (total > 0)
            return tr("Transferring files… %1 of %Ln", "", total).arg(QLocale().toString(p.done));
        break;
    }
    return tr("Syncing…");
}

QString SyncStatusText::summary(const SyncStatus& status) {
    switch (status.state) {
    case State::NotConnected:
        return tr("Not connected");
    case State::Syncing:
        return progress(status);
    case State::UpToDate:
        return tr("Up to date");
    case State::Waiting:
        return tr("%Ln change(s) waiting", "", status.waiting);
    case State::Offline:
        return status.nextAttemptAt > 0 ? tr("Offline — retrying at %1").arg(when(status.nextAttemptAt))
                                        : tr("Offline");
    case State::NeedsSignIn:
        return tr("Sign in needed");
    case State::Failed:
        break;
    }
    return status.message.isEmpty() ? tr("Sync failed") : tr("Sync failed: %1").arg(status.message);
}

QString SyncStatusText::issues(const SyncStatus& status) {
    return status.issues > 0 ? tr("· %Ln issue(s)", "", status.issues) : QString();
}

QString SyncStatusText::state(const SyncStatus& status) {
    switch (status.state) {
    case State::NotConnected:
        return tr("This store is not connected to a sync server. Click to connect.");
    case State::Syncing:
        return progress(status);
    case State::UpToDate:
        return tr("Everything on this computer is on the server.");
    case State::Waiting:
        return tr("%Ln change(s) made here will be sent at the next sync.", "", status.waiting);
    case State::Offline:
        return tr("The server cannot be reached. Changes stay on this computer until it can.");
    case State::NeedsSignIn:
        return tr("The server asks you to sign in again. Click to sign in.");
    case State::Failed:
        break;
    }
    return tr("The last sync failed.");
}

QString SyncStatusText::details(const SyncStatus& status) {
    QStringList lines{state(status)};
    if (!status.message.isEmpty() && status.state != State::Syncing)
        lines.append(status.message);
    if (status.state == State::Offline || status.state == State::Failed) {
        if (status.waiting > 0)
            lines.append(tr("%Ln change(s) waiting to be sent.", "", status.waiting));
        if (status.nextAttemptAt > 0)
            lines.append(tr("Next attempt: %1").arg(when(status.nextAttemptAt)));
    }
    if (status.issues > 0)
        lines.append(tr("%Ln sync issue(s) wait for your decision.", "", status.issues));
    if (status.state != State::NotConnected) {
        lines.append(QString());
        lines.append(status.lastSyncAt > 0 ? tr("Last sync: %1").arg(when(status.lastSyncAt)) : tr("Last sync: never"));
        lines.append(tr("Server: %1").arg(status.server));
        lines.append(tr("User: %1").arg(status.user));
    }
    return lines.join(u'\n');
}

QString SyncStatusText::iconName(const SyncStatus& status) {
    switch (status.state) {
    case State::NotConnected:
        return u"network-server"_s;
    case State::Syncing:
    case State::Waiting:
        return u"emblem-synchronizing"_s;
    case State::UpToDate:
        return u"emblem-ok"_s;
    case State::Offline:
        return u"network-offline"_s;
    case State::NeedsSignIn:
        return u"dialog-password"_s;
    case State::Failed:
        break;
    }
    return u"dialog-error"_s;
}

} // namespace Fieldbook
