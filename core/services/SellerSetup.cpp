#include "SellerSetup.h"

#include "services/CompanyProfile.h"
#include "store/db/Database.h"
#include "store/records/UserRepository.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kAskedKey = u"quote/seller_asked"_s;

} // namespace

Result<bool> SellerSetup::needed(Database& db) {
    if (db.setting(kAskedKey) == u"1")
        return false;
    if (CompanyProfile::load(db).isEmpty())
        return true;
    return UserRepository(db).localUserNeedsName();
}

Result<void> SellerSetup::markAsked(Database& db) {
    return db.setSetting(kAskedKey, u"1"_s);
}

} // namespace Fieldbook
