#pragma once

#include "common/Error.h"

#include <QLocale>
#include <QString>

namespace Fieldbook {

class Database;

/// The region phone numbers typed without a country code are read in (ISO 3166 code, e.g. "DE"),
/// kept in the store's local settings (not synced: each user dials from where they are).
class PhoneRegion final {
public:
    static QString key();

    /// The region the user chose; "" when they follow the system locale.
    [[nodiscard]] static QString chosen(const Database& db);
    /// What is stored; the territory of `locale` when nothing is (or what is stored is no region);
    /// "" when neither names one.
    [[nodiscard]] static QString load(const Database& db, const QLocale& locale = QLocale::system());
    /// Stores `region`; "" goes back to following the system locale.
    [[nodiscard]] static Result<void> save(Database& db, const QString& region);
};

} // namespace Fieldbook
