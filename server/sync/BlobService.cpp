#include "BlobService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

BlobService::BlobService(ServerDatabase& db, ClockFn clock)
    : m_users(db)
    , m_index(db)
    , m_store(db, std::move(clock)) {}

Result<OwnerFilter> BlobService::readersOf(const Caller& caller) {
    auto scope = m_users.scopeOf(caller.userId);
    if (!scope)
        return fail(ErrorCode::PermissionDenied, scope.error().message);
    if (auto r = m_index.catchUp(); !r)
        return std::unexpected(r.error());
    return scope->filter();
}

Result<void> BlobService::checkReach(const OwnerFilter& readers, const QString& sha256) {
    auto reached = m_index.reaches(readers, sha256);
    if (!reached)
        return std::unexpected(reached.error());
    if (!*reached)
        return fail(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("BlobService", "No attachment you can see has the content %1.").arg(sha256));
    return {};
}

Result<Wire::MissingBlobs> BlobService::missing(const Caller& caller, const Wire::BlobQuery& query) {
    auto readers = readersOf(caller);
    if (!readers)
        return std::unexpected(readers.error());
    Wire::MissingBlobs answer;
    for (const QString& sha256 : query.sha256) {
        auto reached = m_index.reaches(*readers, sha256);
        if (!reached)
            return std::unexpected(reached.error());
        if (!*reached) {
            answer.missing.append({sha256, 0});
            continue;
        }
        auto size = m_store.completeSize(sha256);
        if (!size)
            return std::unexpected(size.error());
        if (*size)
            continue;
        auto received = m_store.received(sha256);
        if (!received)
            return std::unexpected(received.error());
        answer.missing.append({sha256, *received});
    }
    return answer;
}

Result<Wire::BlobUpload> BlobService::upload(const Caller& caller, const QString& sha256, const Wire::ByteRange& range,
                                             const QByteArray& bytes) {
    auto readers = readersOf(caller);
    if (!readers)
        return std::unexpected(readers.error());
    if (auto r = checkReach(*readers, sha256); !r)
        return std::unexpected(r.error());
    return m_store.append(sha256, range, bytes);
}

Result<qint64> BlobService::sizeFor(const Caller& caller, const QString& sha256) {
    auto readers = readersOf(caller);
    if (!readers)
        return std::unexpected(readers.error());
    if (auto r = checkReach(*readers, sha256); !r)
        return std::unexpected(r.error());
    auto size = m_store.completeSize(sha256);
    if (!size)
        return std::unexpected(size.error());
    if (!*size)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("BlobService", "The content %1 has not reached the server yet; the "
                                                               "device that attached it sends it when it syncs.")
                        .arg(sha256));
    return **size;
}

Result<QByteArray> BlobService::read(const QString& sha256, qint64 first, qint64 last) {
    return m_store.read(sha256, first, last);
}

} // namespace Fieldbook::Server
