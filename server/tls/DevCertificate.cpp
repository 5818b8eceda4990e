#include "DevCertificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

struct Free {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Certificate = std::unique_ptr<X509, Free>;

Error failed(const QString& what) {
    return {ErrorCode::Io,
            QCoreApplication::translate("DevCertificate", "Could not create the development certificate: %1").arg(what),
            what};
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

/// A certificate for `publicKey` named `commonName`, signed by `issuerKey` (itself when `issuer`
/// is null), with `extensions` as (nid, value) pairs.
Certificate makeCertificate(EVP_PKEY* publicKey, const char* commonName, X509* issuer, EVP_PKEY* issuerKey,
                            int validDays, std::initializer_list<std::pair<int, const char*>> extensions) {
    Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return nullptr;
    // A random 128-bit serial number, positive.
    std::unique_ptr<BIGNUM, Free> serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return nullptr;
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600); // tolerate a clock an hour behind
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validDays) * 24 * 3600);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Fieldbook"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName), -1, -1,
                               0);
    X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : name);
    if (X509_set_pubkey(certificate.get(), publicKey) != 1)
        return nullptr;
    for (const auto& [nid, value] : extensions)
        if (!addExtension(certificate.get(), issuer ? issuer : certificate.get(), nid, value))
            return nullptr;
    if (X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return certificate;
}

QByteArray pem(X509* certificate) {
    std::unique_ptr<BIO, Free> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray pem(EVP_PKEY* key) {
    std::unique_ptr<BIO, Free> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Result<void> writeFile(const QString& path, const QByteArray& bytes, bool secret) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(failed(u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString())));
    if (secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return std::unexpected(failed(u"%1: cannot restrict its permissions"_s.arg(QDir::toNativeSeparators(path))));
    file.write(bytes);
    if (!file.commit())
        return std::unexpected(failed(u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString())));
    return {};
}

} // namespace

Result<DevCertificateFiles> createDevCertificate(const QString& directory, int validDays) {
    if (!QDir().mkpath(directory))
        return std::unexpected(failed(u"cannot create %1"_s.arg(QDir::toNativeSeparators(directory))));
    const Key caKey(EVP_EC_gen("P-256"));
    const Key serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey)
        return std::unexpected(failed(u"no key could be generated"_s));
    const Certificate ca = makeCertificate(caKey.get(), "Fieldbook development CA", nullptr, caKey.get(), validDays,
                                           {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                                            {NID_key_usage, "critical,keyCertSign,cRLSign"},
                                            {NID_subject_key_identifier, "hash"}});
    if (!ca)
        return std::unexpected(failed(u"the CA certificate could not be made"_s));
    const Certificate server = makeCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(), validDays,
                                               {{NID_basic_constraints, "critical,CA:FALSE"},
                                                {NID_key_usage, "critical,digitalSignature"},
                                                {NID_ext_key_usage, "serverAuth"},
                                                {NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"},
                                                {NID_authority_key_identifier, "keyid:always"}});
    if (!server)
        return std::unexpected(failed(u"the server certificate could not be made"_s));

    const QDir dir(directory);
    DevCertificateFiles files{dir.filePath(u"ca.pem"_s), dir.filePath(u"server.pem"_s), dir.filePath(u"server.key"_s)};
    for (const auto& [path, bytes, secret] : {std::tuple{files.caCertificate, pem(ca.get()), false},
                                              std::tuple{files.serverCertificate, pem(server.get()), false},
                                              std::tuple{files.serverKey, pem(serverKey.get()), true}})
        if (auto ok = writeFile(path, bytes, secret); !ok)
            return std::unexpected(ok.error());
    return files;
}

} // namespace Fieldbook::Server
