#pragma once

#include "ContactPoint.h"

#include <QDate>
#include <QStringList>

namespace Fieldbook {

/// A person, usually at an account.
struct Contact {
    QString id;
    QString firstName;
    QString lastName;
    QString title;
    QString accountId;
    ContactPoints emails;
    ContactPoints phones;
    PostalAddress address;
    QDate birthday;
    QString ownerId;
    QStringList tags;
    QString notes;
    bool doNotCall = false;
    QString externalId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
    bool deleted = false;

    /// "First Last" for Western names; "姓名" without a space when either part is CJK.
    QString displayName() const;
    friend bool operator==(const Contact&, const Contact&) = default;
};

} // namespace Fieldbook
