#include "DisplayZone.h"

#include "store/db/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QString DisplayZone::key() {
    return u"calendar.zone"_s;
}

QByteArray DisplayZone::chosen(const Database& db) {
    const QByteArray stored = db.setting(key()).trimmed().toUtf8();
    return !stored.isEmpty() && QTimeZone::isTimeZoneIdAvailable(stored) ? stored : QByteArray();
}

QTimeZone DisplayZone::load(const Database& db) {
    const QByteArray id = chosen(db);
    return id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id);
}

Result<void> DisplayZone::save(Database& db, const QByteArray& ianaId) {
    const QByteArray id = ianaId.trimmed();
    if (!id.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(id))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("DisplayZone", "“%1” is not a time zone this system knows.")
                        .arg(QString::fromUtf8(id)));
    return db.setSetting(key(), QString::fromUtf8(id));
}

} // namespace Fieldbook
