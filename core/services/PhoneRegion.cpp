#include "PhoneRegion.h"

#include "domain/PhoneNumber.h"
#include "store/db/Database.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QString PhoneRegion::key() {
    return u"phone.region"_s;
}

QString PhoneRegion::chosen(const Database& db) {
    const QString stored = db.setting(key()).trimmed().toUpper();
    return PhoneNumber::callingCode(stored) > 0 ? stored : QString();
}

QString PhoneRegion::load(const Database& db, const QLocale& locale) {
    const QString region = chosen(db);
    return region.isEmpty() ? PhoneNumber::regionOf(locale) : region;
}

Result<void> PhoneRegion::save(Database& db, const QString& region) {
    return db.setSetting(key(), region.trimmed().toUpper());
}

} // namespace Fieldbook
