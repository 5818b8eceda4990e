#pragma once

#include <QObject>
#include <QStringList>

namespace Fieldbook {

/// Announces committed changes so that item models can update row by row.
/// Emitted on the thread that owns the Database, after COMMIT, never inside a transaction.
class StoreEvents final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    /// Records of `table` were inserted, updated, deleted or restored.
    void recordsChanged(const QString& table, const QStringList& ids);
    /// Many records changed at once (import, generate, merge): reload rather than update rows.
    void tableReset(const QString& table);
    /// The user asked for attachment contents that are not on this device (sync fetches them now).
    void contentsRequested();
};

} // namespace Fieldbook
