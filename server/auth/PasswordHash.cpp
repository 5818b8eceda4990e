#include "PasswordHash.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server::PasswordHash {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kSaltBytes = 16;

QByteArray derive(const QString& password, const QByteArray& salt, int iterations) {
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), kKeyBytes,
                          reinterpret_cast<unsigned char*>(key.data())) != 1)
        return {};
    return key;
}

QString format(int iterations, const QByteArray& salt, const QByteArray& key) {
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

} // namespace

QByteArray randomBytes(int bytes) {
    QByteArray out(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), bytes) != 1)
        qFatal("the operating system's random generator failed"); // never hand out weak secrets
    return out;
}

QString create(const QString& password, int iterations) {
    const QByteArray salt = randomBytes(kSaltBytes);
    return format(iterations, salt, derive(password, salt, iterations));
}

QString unmatchable(int iterations) {
    return format(iterations, randomBytes(kSaltBytes), randomBytes(kKeyBytes));
}

bool verify(const QString& password, const QString& stored) {
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256"_s)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 100'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = derive(password, salt, iterations);
    return expected.size() == kKeyBytes && actual.size() == kKeyBytes &&
           CRYPTO_memcmp(expected.constData(), actual.constData(), kKeyBytes) == 0;
}

} // namespace Fieldbook::Server::PasswordHash
