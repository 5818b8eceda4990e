#include "ServerAnswer.h"

#include "protocol/WireFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

Error answerError(const QString& host, int status, const QByteArray& body) {
    const auto parsed = Wire::parseErrorBody(body);
    const QString code = parsed ? parsed->error : QString();
    const QString message = parsed ? parsed->message : QString::fromUtf8(body.left(200));
    const QString detail = u"HTTP %1 %2: %3"_s.arg(status).arg(code, message);
    if (status == 401 && code == u"invalid_credentials"_s)
        return {ErrorCode::NotSignedIn,
                QCoreApplication::translate("SyncEngine", "%1 did not accept the user name or password.").arg(host),
                detail};
    if (status == 401)
        return {ErrorCode::NotSignedIn,
                QCoreApplication::translate("SyncEngine", "The sign-in to %1 has expired; sign in again.").arg(host),
                detail};
    if (status == 403)
        return {ErrorCode::NotSignedIn,
                QCoreApplication::translate("SyncEngine", "%1 refused this device or user: %2").arg(host, message),
                detail};
    if (status == 429 && code == u"busy"_s)
        return {ErrorCode::Unreachable,
                QCoreApplication::translate("SyncEngine",
                                            "%1 is busy checking other sign-ins; Fieldbook tries again shortly.")
                    .arg(host),
                detail};
    if (status == 429) {
        const qint64 seconds = parsed ? (parsed->retryAfterMs + 999) / 1000 : 60;
        return {ErrorCode::TooManyAttempts,
                QCoreApplication::translate("SyncEngine",
                                            "Too many failed sign-ins; %1 accepts the next try in %2 seconds.")
                    .arg(host)
                    .arg(seconds),
                detail};
    }
    if (status == 404 && code.isEmpty())
        return {ErrorCode::ServerFailure,
                QCoreApplication::translate("SyncEngine", "%1 is not a Fieldbook server.").arg(host), detail};
    if (status >= 500)
        return {ErrorCode::Unreachable,
                QCoreApplication::translate("SyncEngine",
                                            "%1 is temporarily unavailable (HTTP %2); Fieldbook tries again later.")
                    .arg(host)
                    .arg(status),
                detail};
    return {ErrorCode::ServerFailure,
            QCoreApplication::translate("SyncEngine", "%1 refused the request (HTTP %2): %3")
                .arg(host)
                .arg(status)
                .arg(message),
            detail};
}

} // namespace Fieldbook
