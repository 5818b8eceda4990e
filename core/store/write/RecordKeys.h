#pragma once

#include "common/Error.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace Fieldbook {

class Database;

/// Exact-match keys of a record (normalised e-mails, phone digits, tags) kept in `record_keys`
/// for duplicate detection and tag filters. Derived data: rewritten with every save.
class RecordKeys final {
public:
    using Keys = QList<std::pair<QString, QString>>; ///< (kind, value)

    static QString emailKey(const QString& email);
    /// The last nine digits, so "+1 (555) 123-4567" and "555 123 4567" match.
    static QString phoneKey(const QString& phone);
    static QString tagKey(const QString& tag);

    [[nodiscard]] static Result<void> replace(Database& db, const QString& table, const QString& id, const Keys& keys,
                                              bool isNew);
    [[nodiscard]] static Result<void> clear(Database& db, const QString& id);
    /// Ids of live records of `table` having any of `keys`, excluding `exceptId`.
    [[nodiscard]] static Result<QStringList> matching(Database& db, const QString& table, const Keys& keys,
                                                      const QString& exceptId);
};

} // namespace Fieldbook
