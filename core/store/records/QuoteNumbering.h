#pragma once

#include "common/Error.h"

#include <QDate>
#include <QString>

namespace Fieldbook {

class Database;

/// Quote numbers, Q-<year>-<device tag>-<counter>, unique across devices that make quotes
/// offline: the tag is the number the sync server gave this device at its first sign-in ("D7"),
/// and before any sign-in one derived from the device id ("X" and five characters). Internal to
/// core/store (QuoteRepository).
class QuoteNumbering final {
public:
    explicit QuoteNumbering(Database& db);

    /// This device's tag, e.g. "D7" or "XK3F2M".
    [[nodiscard]] QString deviceTag() const;
    /// The next number of this device; inside the caller's transaction, which keeps the counter.
    [[nodiscard]] Result<QString> next(const QDate& date);

private:
    Database& m_db;
};

} // namespace Fieldbook
