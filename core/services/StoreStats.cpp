#include "StoreStats.h"

#include "store/write/RecordKind.h"

namespace Fieldbook {

int StoreStats::of(const RecordType& type) const {
    const QString& key = RecordKind::of(type).statsKey;
    for (const auto& [counted, count] : records)
        if (!key.isEmpty() && counted == key)
            return count;
    return 0;
}

QByteArray StoreStats::toJsonText() const {
    QByteArray json("{");
    for (const auto& [key, count] : records)
        json += '"' + key.toUtf8() + "\":" + QByteArray::number(count) + ',';
    return json + "\"outbox_pending\":" + QByteArray::number(outboxPending) + '}';
}

} // namespace Fieldbook
