#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QTimeZone>

namespace Fieldbook {

class Database;

/// The time zone the calendar shows times in: the system's, unless the user chose an IANA zone in
/// Settings (kept in the store's local settings, not synced: a laptop travels, its owner's
/// colleagues do not).
class DisplayZone final {
public:
    /// The Database::setting() key of the choice.
    static QString key();
    /// The IANA id the user chose; empty when the calendar follows the system (or what is stored
    /// names no zone this system knows).
    [[nodiscard]] static QByteArray chosen(const Database& db);
    /// The chosen zone, else the system's.
    [[nodiscard]] static QTimeZone load(const Database& db);
    /// Stores `ianaId`; empty goes back to following the system.
    [[nodiscard]] static Result<void> save(Database& db, const QByteArray& ianaId);
};

} // namespace Fieldbook
