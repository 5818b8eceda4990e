#include "DerivedState.h"

#include "AccountRepository.h"
#include "ContactRepository.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

Result<void> refreshDerived(Database& db, const QString& table, const QString& id, qint64 rid, bool isNew, bool deleted,
                            bool nameChanged) {
    if (table == u"contacts"_s)
        return ContactRepository(db).refreshDerived(id, rid, isNew, deleted);
    if (table == u"accounts"_s)
        return AccountRepository(db).refreshDerived(id, rid, isNew, deleted, nameChanged);
    return {}; // the other types keep nothing derived
}

} // namespace Fieldbook
