#pragma once

#include "ContactPoint.h"

#include <QStringList>

namespace Fieldbook {

/// A customer organisation. Money in minor units of `currency`; instants in ms since the epoch (UTC).
struct Account {
    QString id;
    QString name;
    QString industry;
    QString website;
    ContactPoints phones;
    PostalAddress address;
    qint64 annualRevenue = 0; ///< minor units
    QString currency = QStringLiteral("USD");
    int employees = 0;
    QString parentId;
    QString ownerId;
    QStringList tags;
    QString notes;
    QString externalId;
    QString language; ///< documents for this customer, e.g. "zh_CN"; empty: the user's language
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
    bool deleted = false;
    friend bool operator==(const Account&, const Account&) = default;
};

} // namespace Fieldbook
