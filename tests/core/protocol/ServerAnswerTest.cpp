#include "StringMakers.h"
#include "protocol/WireFormat.h"
#include "sync/ServerAnswer.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QByteArray errorBody(const QString& code, qint64 retryAfterMs) {
    return QJsonDocument(Wire::toJson(Wire::ErrorBody{code, u"message"_s, retryAfterMs, 0})).toJson();
}

} // namespace

TEST_CASE("a server busy with sign-ins is tried again later, a throttled sign-in waits", "[sync][protocol]") {
    const Error busy = answerError(u"crm.example.com"_s, 429, errorBody(u"busy"_s, 1000));
    CHECK(busy.code == ErrorCode::Unreachable); // the scheduler's retry, not a failed sign-in
    CHECK(busy.message.contains(u"crm.example.com"_s));
    const Error throttled = answerError(u"crm.example.com"_s, 429, errorBody(u"too_many_attempts"_s, 30'000));
    CHECK(throttled.code == ErrorCode::TooManyAttempts);
    CHECK(throttled.message.contains(u"30"_s));
}
