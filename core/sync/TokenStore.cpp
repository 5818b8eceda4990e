#include "TokenStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#ifdef FIELDBOOK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr auto kService = "Fieldbook sync";

#ifdef FIELDBOOK_HAVE_KEYCHAIN
/// Runs one keychain job to its end; false when no keychain answered.
/// FIELDBOOK_KEYCHAIN=off keeps the keychain out (tests that run several sync threads: qtkeychain
/// serves jobs of one thread only).
bool keychainWanted() {
    return qEnvironmentVariable("FIELDBOOK_KEYCHAIN") != u"off"_s;
}

template<class Job>
bool finish(Job& job) {
    if (!keychainWanted())
        return false;
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit); // a keychain that never answers
    job.setAutoDelete(false);
    job.start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return done && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound);
}
#endif

} // namespace

TokenStore::TokenStore(QString account)
    : m_account(std::move(account)) {}

QString TokenStore::filePath() const {
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(m_account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"sync-token-"_s + hash);
}

QString TokenStore::load() {
#ifdef FIELDBOOK_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
    job.setKey(m_account);
    if (finish(job) && job.error() == QKeychain::NoError)
        return job.textData();
#endif
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(1024)).trimmed();
}

QString TokenStore::save(const QString& token) {
#ifdef FIELDBOOK_HAVE_KEYCHAIN
    bool kept = false;
    if (token.isEmpty()) {
        QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
        job.setKey(m_account);
        kept = finish(job);
    } else {
        QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
        job.setKey(m_account);
        job.setTextData(token);
        kept = finish(job);
    }
    if (kept) {
        QFile::remove(filePath()); // a token from a session without keychain must not linger
        return {};
    }
#endif
    const QString path = filePath();
    if (token.isEmpty()) {
        QFile::remove(path);
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Created with owner-only permissions from the start, then moved over the old file.
    QFile file(path + u".new"_s);
    file.remove();
    const bool written =
        file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(token.toUtf8()) == token.toUtf8().size() && file.flush();
    file.close();
    if (!written || (QFile::exists(path) && !QFile::remove(path)) || !file.rename(path)) {
        const QString why = file.errorString();
        file.remove();
        return QCoreApplication::translate("TokenStore", "The sign-in could not be kept in %1: %2. Fieldbook asks for "
                                                         "the password again next time.")
            .arg(path, why);
    }
    return QCoreApplication::translate("TokenStore", "No desktop keychain answered, so the sign-in is kept in %1, a "
                                                     "file only you can read.")
        .arg(path);
}

} // namespace Fieldbook
