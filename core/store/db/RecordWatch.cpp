#include "RecordWatch.h"

#include "Database.h"
#include "StoreEvents.h"
#include "protocol/RecordType.h"

namespace Fieldbook {

RecordWatch::RecordWatch(const Database& db, QObject* context)
    : m_db(db)
    , m_context(context) {}

const RecordWatch& RecordWatch::changed(const RecordType& type, Changed changed) const {
    QObject::connect(m_db.events(), &StoreEvents::recordsChanged, m_context,
                     [table = type.table, changed = std::move(changed)](const QString& t, const QStringList& ids) {
                         if (t == table)
                             changed(ids);
                     });
    return *this;
}

const RecordWatch& RecordWatch::reset(const RecordType& type, Reset reset) const {
    QObject::connect(m_db.events(), &StoreEvents::tableReset, m_context,
                     [table = type.table, reset = std::move(reset)](const QString& t) {
                         if (t == table)
                             reset();
                     });
    return *this;
}

const RecordWatch& RecordWatch::reload(std::initializer_list<const RecordType*> types, const Reset& react) const {
    for (const RecordType* type : types) {
        changed(*type, [react](const QStringList&) { react(); });
        reset(*type, react);
    }
    return *this;
}

} // namespace Fieldbook
