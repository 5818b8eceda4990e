#pragma once

#include "sync/SyncScheduler.h"

#include <QCoreApplication>
#include <QString>

namespace Fieldbook {

/// The words for where sync stands: a short line for the status bar ("Up to date",
/// "3 changes waiting", "Offline — retrying at 14:05"), the details for its tooltip and an icon
/// name. Numbers and times in the UI locale, plural forms through %n.
class SyncStatusText final {
    Q_DECLARE_TR_FUNCTIONS(SyncStatusText)

public:
    static QString summary(const SyncStatus& status);
    /// "· 2 issues", or an empty string when nothing waits for a decision.
    static QString issues(const SyncStatus& status);
    /// Several lines: what is happening, the last sync, the server and the user.
    static QString details(const SyncStatus& status);
    /// A desktop theme icon name for the state.
    static QString iconName(const SyncStatus& status);
    /// An instant (ms since the epoch) as people read it: the time today, else date and time.
    static QString when(qint64 msSinceEpoch);

private:
    static QString progress(const SyncStatus& status);
    static QString state(const SyncStatus& status);
};

} // namespace Fieldbook
