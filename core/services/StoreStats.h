#pragma once

#include <QByteArray>

namespace Fieldbook {

/// Live record counts per type, plus the changes still waiting for sync.
struct StoreStats {
    int accounts = 0;
    int contacts = 0;
    int activities = 0;
    int attachments = 0;
    int leads = 0;
    int opportunities = 0;
    int products = 0;
    int quotes = 0;
    int users = 0;
    int outboxPending = 0;
    friend bool operator==(const StoreStats&, const StoreStats&) = default;

    /// `{"accounts":85,"contacts":0,"activities":0,"attachments":0,"leads":0,...,"users":1,"outbox_pending":0}`
    QByteArray toJsonText() const;
};

} // namespace Fieldbook
