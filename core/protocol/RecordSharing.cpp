#include "RecordSharing.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QStringList RecordSharing::readers(const QJsonObject& fields) const {
    QStringList users;
    if (readersIn.isEmpty())
        return users;
    // JSON fields travel as text (FieldKind::Json); a parsed array is accepted as well.
    const QJsonValue value = fields.value(readersIn);
    const QJsonArray list =
        value.isArray() ? value.toArray() : QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue& entry : list) {
        const QString user = entry.toObject().value(u"user_id").toString();
        if (!user.isEmpty() && !users.contains(user))
            users.append(user);
    }
    return users;
}

RecordSharing::View RecordSharing::viewOf(const QJsonObject& fields, const QString& ownerId, const QString& userId,
                                          bool ownerInScope) const {
    if (ownerId == userId || readers(fields).contains(userId))
        return View::Full;
    if (busyFields.isEmpty())
        return View::Full; // nothing to hide: the scope rule alone decided who receives it
    const bool isPrivate = !privateField.isEmpty() && fields.value(privateField).toBool();
    return ownerInScope && !isPrivate ? View::Full : View::Busy;
}

} // namespace Fieldbook
