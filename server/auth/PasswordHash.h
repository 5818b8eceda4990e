#pragma once

#include <QByteArray>
#include <QString>

namespace Fieldbook::Server::PasswordHash {

/// PBKDF2-HMAC-SHA256 iterations for new passwords (OWASP's 2023 advice for this function).
constexpr int kDefaultIterations = 600'000;

/// "pbkdf2-sha256$<iterations>$<salt>$<key>", with a fresh 16-byte random salt per call.
QString create(const QString& password, int iterations = kDefaultIterations);
/// A hash in create()'s form, with a random salt and key, that no password matches: checking
/// against it costs what checking a real one does. Made without a derivation.
QString unmatchable(int iterations = kDefaultIterations);
/// True when `password` matches `stored` (compared in constant time); false for malformed text.
bool verify(const QString& password, const QString& stored);

/// `bytes` random bytes from the operating system's generator (OpenSSL RAND_bytes).
QByteArray randomBytes(int bytes);

} // namespace Fieldbook::Server::PasswordHash
