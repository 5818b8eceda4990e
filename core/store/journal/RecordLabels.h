#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QString>

namespace Fieldbook {

class Database;
struct RecordType;

/// The names people know records by, read as each record type declares (RecordType::label), so
/// generic code (Sync issues, logs) can name a record of any type without knowing its table.
class RecordLabels final {
public:
    explicit RecordLabels(Database& db);

    /// The label of `id` in `table`; empty when the record is not on this device or has no name,
    /// the id itself for a table no record type declares.
    [[nodiscard]] Result<QString> labelOf(const QString& table, const QString& id) const;

    /// The label of a record not stored here, from its values in wire form (a set-aside pulled record).
    [[nodiscard]] Result<QString> labelOf(const RecordType& type, const QJsonObject& values) const;

    /// The text of the synced field `column` of `id` in `table` (the currency of a money field in
    /// Sync issues); empty when the record is not on this device or the type has no such field.
    [[nodiscard]] Result<QString> fieldText(const QString& table, const QString& id, const QString& column) const;

private:
    [[nodiscard]] Result<QString> labelOf(const QString& table, const QString& id, int depth) const;
    Database& m_db;
};

} // namespace Fieldbook
