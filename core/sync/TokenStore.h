#pragma once

#include <QString>

namespace Fieldbook {

/// Where the refresh token of a store's sync sign-in is kept between runs (docs/security.md, Tokens):
/// the desktop keychain where one answers (qtkeychain), otherwise a file only its owner can read.
/// Blocking; used on the sync worker thread.
class TokenStore final {
public:
    /// `account` names the sign-in, e.g. "ann@https://crm.example.com" plus the store's client id.
    explicit TokenStore(QString account);

    QString load();
    /// Saves `token` (empty: forgets it). Returns a warning for the sync log when it had to fall
    /// back to the file (no keychain on this desktop), otherwise an empty string.
    QString save(const QString& token);
    /// The fallback file: only its owner may read it (0600).
    QString filePath() const;

private:
    QString m_account;
};

} // namespace Fieldbook
