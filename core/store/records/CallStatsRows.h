#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace Fieldbook {

class Database;

/// One call as the call statistics read it (docs/telesales.md, Statistics).
struct CallRow {
    QString ownerId;
    QString listId;      ///< empty for a call not made from a list
    qint64 startsAt = 0; ///< ms since the epoch, UTC
    int talkSeconds = 0;
    QString outcome;              ///< the stored outcome key
    bool callbackKept = false;    ///< a callback scheduled: the person was called again from the list later
    QString opportunityId;        ///< named by the call and created in the period (counted once, at its first call)
    qint64 opportunityAmount = 0; ///< minor units of `opportunityCurrency`
    QString opportunityCurrency;
};

/// The entries of a list and how many of them were called at least once.
struct CallListCoverage {
    QString listId;
    int entries = 0;
    int called = 0;
};

/// Reads the calls of a period and the lists' coverage (the SQL side of CallStatistics).
class CallStatsRows final {
public:
    explicit CallStatsRows(Database& db);
    /// The live calls starting in [fromMs, toMs), oldest first.
    [[nodiscard]] Result<QList<CallRow>> calls(qint64 fromMs, qint64 toMs) const;
    /// Per live list: its entries not taken off, and those called at least once.
    [[nodiscard]] Result<QList<CallListCoverage>> coverage() const;

private:
    Database& m_db;
};

} // namespace Fieldbook
