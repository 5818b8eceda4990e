#pragma once

#include <QLocale>
#include <QString>

namespace Fieldbook {

class Database;

/// The user's language: the one chosen in Settings (kept in the store's settings, so that the app
/// and fieldbook-cli agree), else the system's.
struct LanguageSettings {
    /// The Database::setting() key of the choice ("" follows the system).
    static QString key();
    [[nodiscard]] static QLocale userLocale(const Database& db);
};

} // namespace Fieldbook
