#include "StoreStats.h"

#include <QString>

namespace Fieldbook {

QByteArray StoreStats::toJsonText() const {
    return QByteArray("{\"accounts\":") + QByteArray::number(accounts) +
           ",\"contacts\":" + QByteArray::number(contacts) + ",\"activities\":" + QByteArray::number(activities) +
           ",\"attachments\":" + QByteArray::number(attachments) + ",\"leads\":" + QByteArray::number(leads) +
           ",\"opportunities\":" + QByteArray::number(opportunities) + ",\"products\":" + QByteArray::number(products) +
           ",\"quotes\":" + QByteArray::number(quotes) + ",\"users\":" + QByteArray::number(users) +
           ",\"outbox_pending\":" + QByteArray::number(outboxPending) + '}';
}

} // namespace Fieldbook
