#include "RecordOpeners.h"

#include "protocol/RecordType.h"

namespace Fieldbook {

void RecordOpeners::add(const RecordType& type, Open open) {
    m_openers.insert(type.table, std::move(open));
}

bool RecordOpeners::open(const QString& table, const QString& id) const {
    const auto opener = m_openers.constFind(table);
    if (opener == m_openers.constEnd())
        return false;
    (*opener)(id);
    return true;
}

} // namespace Fieldbook
