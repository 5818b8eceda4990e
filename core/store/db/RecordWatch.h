#pragma once

#include <QStringList>

#include <functional>
#include <initializer_list>

class QObject;

namespace Fieldbook {

class Database;
struct RecordType;

/// How an item model or a widget declares the record types it shows: it names the types and what
/// to do when their records change (StoreEvents), instead of comparing table names. The
/// connections belong to `context` and end with it; the RecordWatch itself may go at once.
///
///     RecordWatch(db, this).reload({&RecordType::priceLists()}, [this] { reloadLists(); });
class RecordWatch final {
public:
    using Changed = std::function<void(const QStringList& ids)>;
    using Reset = std::function<void()>;

    RecordWatch(const Database& db, QObject* context);

    /// `changed` runs with the ids of committed changes to records of `type`.
    const RecordWatch& changed(const RecordType& type, Changed changed) const;
    /// `reset` runs when many records of `type` changed at once (import, sync, merge).
    const RecordWatch& reset(const RecordType& type, Reset reset) const;
    /// `react` runs after any change or reset of records of one of `types`.
    const RecordWatch& reload(std::initializer_list<const RecordType*> types, const Reset& react) const;

private:
    const Database& m_db;
    QObject* m_context;
};

} // namespace Fieldbook
