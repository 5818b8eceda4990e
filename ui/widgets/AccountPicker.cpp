#include "AccountPicker.h"

#include "protocol/RecordType.h"
#include "store/records/AccountRepository.h"

namespace Fieldbook {

AccountPicker::AccountPicker(Database& db, QWidget* parent)
    : RecordLinkPicker(db, RecordType::accounts(), parent) {
    setPlaceholderText(tr("Type to find an account"));
    connect(this, &RecordLinkPicker::recordChanged, this, &AccountPicker::accountChanged);
}

std::optional<std::pair<QString, QString>> AccountPicker::namedRecord(const QString& typed) const {
    auto found = AccountRepository(database()).findByName(typed);
    if (!found || found->size() != 1)
        return std::nullopt;
    return std::pair{found->constFirst().id, found->constFirst().name};
}

} // namespace Fieldbook
