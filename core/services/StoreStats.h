#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Fieldbook {

struct RecordType;

/// Live record counts of the types that declare a stats key (RecordKind::statsKey), plus the
/// changes still waiting for sync.
struct StoreStats {
    QList<std::pair<QString, int>> records; ///< (stats key, live records), in declaration order
    int outboxPending = 0;
    friend bool operator==(const StoreStats&, const StoreStats&) = default;

    /// The live records of `type`; 0 for a type that is not counted.
    int of(const RecordType& type) const;
    /// `{"accounts":85,"contacts":0,"activities":0,"attachments":0,"leads":0,...,"users":1,"outbox_pending":0}`
    QByteArray toJsonText() const;
};

} // namespace Fieldbook
