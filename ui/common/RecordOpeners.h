#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace Fieldbook {

struct RecordType;

/// Which section or editor opens a record of each type. The main window adds one opener per type
/// as it assembles the sections; quick open, Sync issues and links between records open records
/// through it, so nothing branches on a record's table (docs/record-types.md).
class RecordOpeners final {
public:
    using Open = std::function<void(const QString& id)>;

    /// Records of `type` open with `open` (the last one added wins).
    void add(const RecordType& type, Open open);
    /// Opens the record `id` of `table`; false when no section opens records of the type.
    bool open(const QString& table, const QString& id) const;
    /// Whether records of `table` can be opened.
    bool opens(const QString& table) const { return m_openers.contains(table); }

private:
    QHash<QString, Open> m_openers; ///< table -> opener
};

} // namespace Fieldbook
