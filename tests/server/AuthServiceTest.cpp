#include "ServerStoreFixture.h"
#include "StringMakers.h"
#include "auth/AuthService.h"
#include "auth/PasswordHash.h"
#include "sync/UserDirectory.h"

#include "storage/SignInThrottle.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Server;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTestIterations = 1000; // the real default takes a quarter second per sign-in

struct AuthFixture {
    Test::ServerStoreFixture store{GENERATE(Catch::Generators::from_range(Test::serverBackends()))};
    std::unique_ptr<ServerDatabase> db = store.open();
    qint64 now = 1'790'000'000'000;
    AuthService auth{*db, [this] { return now; }, kTestIterations};
    QString robId;

    AuthFixture() {
        robId = UserDirectory(*db).add(u"rob"_s, Role::Rep, {}).value();
        REQUIRE(auth.setPassword(u"rob"_s, u"correct horse"_s));
    }
};

} // namespace

TEST_CASE("passwords are stored salted and hashed, and only the right one verifies", "[server][auth]") {
    const QString a = PasswordHash::create(u"密码 correct horse"_s, kTestIterations);
    const QString b = PasswordHash::create(u"密码 correct horse"_s, kTestIterations);
    CHECK(a != b); // a salt of its own each time
    CHECK(a.startsWith(u"pbkdf2-sha256$1000$"_s));
    CHECK_FALSE(a.contains(u"horse"_s));
    CHECK(PasswordHash::verify(u"密码 correct horse"_s, a));
    CHECK_FALSE(PasswordHash::verify(u"密码 correct hors"_s, a));
    CHECK_FALSE(PasswordHash::verify(u"x"_s, u"pbkdf2-sha256$0$AA==$AA=="_s));
    CHECK_FALSE(PasswordHash::verify(u"x"_s, u"plain"_s));
    CHECK_FALSE(PasswordHash::verify(u""_s, u""_s));
}

TEST_CASE("signing in gives tokens that identify the user and device until they expire", "[server][auth]") {
    AuthFixture f;
    auto pair = f.auth.signIn(u"rob"_s, u"correct horse"_s, u"laptop-1"_s);
    REQUIRE(pair.has_value());
    CHECK(pair->accessToken.size() >= 43); // 256 random bits
    CHECK(pair->accessToken != pair->refreshToken);
    CHECK(f.db->scalar(u"SELECT count(*) FROM tokens WHERE hash = ?"_s, {pair->accessToken})->toInt() == 0);
    auto caller = f.auth.authenticate(pair->accessToken);
    REQUIRE(caller.has_value());
    CHECK(caller->userId == f.robId);
    CHECK(caller->clientId == u"laptop-1"_s);
    CHECK_FALSE(f.auth.authenticate(pair->refreshToken).has_value()); // not an access token
    CHECK_FALSE(f.auth.authenticate(u"made-up"_s).has_value());
    f.now += AuthService::kAccessTokenMs + 1;
    auto expired = f.auth.authenticate(pair->accessToken);
    REQUIRE_FALSE(expired.has_value());
    CHECK(expired.error().code == ErrorCode::PermissionDenied);

    auto wrong = f.auth.signIn(u"rob"_s, u"wrong horse"_s, u"laptop-1"_s);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().message == f.auth.signIn(u"nobody"_s, u"x"_s, u"laptop-1"_s).error().message);
    CHECK_FALSE(f.auth.setPassword(u"rob"_s, u"short"_s).has_value());
}

TEST_CASE("repeated wrong passwords lock the account for longer and longer", "[server][auth]") {
    AuthFixture f;
    for (int i = 0; i < AuthService::kFreeAttempts - 1; ++i)
        CHECK(f.auth.signIn(u"rob"_s, u"guess %1"_s.arg(i), u"d"_s).error().code == ErrorCode::PermissionDenied);
    CHECK(f.auth.signIn(u"rob"_s, u"fifth guess"_s, u"d"_s).error().code == ErrorCode::PermissionDenied);
    // Locked now: even the right password is refused until the lock passes.
    auto locked = f.auth.signIn(u"rob"_s, u"correct horse"_s, u"d"_s);
    REQUIRE_FALSE(locked.has_value());
    CHECK(locked.error().code == ErrorCode::TooManyAttempts);
    f.now += 1001;
    CHECK(f.auth.signIn(u"rob"_s, u"sixth guess"_s, u"d"_s).error().code == ErrorCode::PermissionDenied);
    f.now += 1001; // the second lock is two seconds
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"d"_s).error().code == ErrorCode::TooManyAttempts);
    f.now += 1000;
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"d"_s).has_value());
    // A success starts the count again.
    CHECK(f.auth.signIn(u"rob"_s, u"one slip"_s, u"d"_s).error().code == ErrorCode::PermissionDenied);
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"d"_s).has_value());
}

TEST_CASE("guessing from one address does not lock the user out elsewhere, and unknown names throttle alike",
          "[server][auth]") {
    AuthFixture f;
    const QString attacker = u"203.0.113.9"_s;
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        CHECK(f.auth.signIn(u"rob"_s, u"guess %1"_s.arg(i), u"a"_s, nullptr, attacker).error().code ==
              ErrorCode::PermissionDenied);
    // The attacker's address waits, even with the right password...
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"a"_s, nullptr, attacker).error().code ==
          ErrorCode::TooManyAttempts);
    // ... while Rob signs in from his own.
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"laptop-1"_s, nullptr, u"198.51.100.7"_s).has_value());

    // A name nobody has is throttled like a real one: the answers do not tell them apart.
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        CHECK(f.auth.signIn(u"ghost"_s, u"guess"_s, u"a"_s, nullptr, attacker).error().code ==
              ErrorCode::PermissionDenied);
    CHECK(f.auth.signIn(u"ghost"_s, u"guess"_s, u"a"_s, nullptr, attacker).error().code == ErrorCode::TooManyAttempts);

    // A few guesses under each of many names from one address lock the address.
    const QString sprayer = u"192.0.2.1"_s;
    for (int i = 0; i < SignInThrottle::kFreePerAddress; ++i)
        CHECK(f.auth.signIn(u"name%1"_s.arg(i), u"guess"_s, u"s"_s, nullptr, sprayer).error().code ==
              ErrorCode::PermissionDenied);
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"s"_s, nullptr, sprayer).error().code ==
          ErrorCode::TooManyAttempts);
    // Quiet for a quarter of an hour, the address starts again.
    f.now += SignInThrottle::kForgetAfterMs + SignInThrottle::kMaxLockMs;
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"s"_s, nullptr, sprayer).has_value());
}

TEST_CASE("a disabled user's password is answered like a wrong one", "[server][auth]") {
    AuthFixture f;
    REQUIRE(UserDirectory(*f.db).setDisabled(u"rob"_s, true));
    SignInRefusal refusal;
    const auto right = f.auth.signIn(u"rob"_s, u"correct horse"_s, u"d"_s, &refusal);
    REQUIRE_FALSE(right.has_value());
    const auto wrong = f.auth.signIn(u"rob"_s, u"wrong horse"_s, u"d"_s);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(right.error().code == wrong.error().code);
    CHECK(right.error().message == wrong.error().message);
    CHECK_FALSE(refusal.credentialsAccepted);
}

TEST_CASE("a refresh token works once, and a replayed one ends the whole sign-in", "[server][auth]") {
    AuthFixture f;
    const TokenPair first = f.auth.signIn(u"rob"_s, u"correct horse"_s, u"laptop-1"_s).value();
    auto second = f.auth.refresh(first.refreshToken);
    REQUIRE(second.has_value());
    CHECK(f.auth.authenticate(second->accessToken).has_value());
    // An attacker replays the first refresh token: refused, and the stolen family dies with it.
    CHECK_FALSE(f.auth.refresh(first.refreshToken).has_value());
    CHECK_FALSE(f.auth.authenticate(second->accessToken).has_value());
    CHECK_FALSE(f.auth.refresh(second->refreshToken).has_value());
    // Other sign-ins of the same user are not affected.
    const TokenPair desk = f.auth.signIn(u"rob"_s, u"correct horse"_s, u"desk-1"_s).value();
    f.now += AuthService::kRefreshTokenMs + 1;
    CHECK_FALSE(f.auth.refresh(desk.refreshToken).has_value()); // expired
}

TEST_CASE("a revoked device or a disabled user loses access at once", "[server][auth]") {
    AuthFixture f;
    const TokenPair laptop = f.auth.signIn(u"rob"_s, u"correct horse"_s, u"laptop-1"_s).value();
    const TokenPair desk = f.auth.signIn(u"rob"_s, u"correct horse"_s, u"desk-1"_s).value();
    REQUIRE(f.auth.revokeDevice(u"laptop-1"_s));
    CHECK_FALSE(f.auth.authenticate(laptop.accessToken).has_value());
    CHECK_FALSE(f.auth.refresh(laptop.refreshToken).has_value());
    CHECK_FALSE(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"laptop-1"_s).has_value());
    CHECK(f.auth.authenticate(desk.accessToken).has_value());
    CHECK(f.auth.revokeDevice(u"no-such-device"_s).error().code == ErrorCode::NotFound);

    // A device id is bound to its first user.
    REQUIRE(UserDirectory(*f.db).add(u"rita"_s, Role::Rep, {}));
    REQUIRE(f.auth.setPassword(u"rita"_s, u"rita's password"_s));
    CHECK(f.auth.signIn(u"rita"_s, u"rita's password"_s, u"desk-1"_s).error().code == ErrorCode::PermissionDenied);

    REQUIRE(UserDirectory(*f.db).setDisabled(u"rob"_s, true));
    CHECK_FALSE(f.auth.authenticate(desk.accessToken).has_value());
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"desk-1"_s).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("a refused sign-in tells whether the password was right and how long a lock-out lasts", "[server][auth]") {
    AuthFixture f;
    SignInRefusal refusal;
    CHECK_FALSE(f.auth.signIn(u"rob"_s, u"wrong horse"_s, u"laptop-1"_s, &refusal).has_value());
    CHECK_FALSE(refusal.credentialsAccepted);
    CHECK(refusal.retryAfterMs == 0);
    for (int i = 1; i < AuthService::kFreeAttempts; ++i)
        CHECK_FALSE(f.auth.signIn(u"rob"_s, u"wrong horse"_s, u"laptop-1"_s, &refusal).has_value());
    f.now += 250;
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"laptop-1"_s, &refusal).error().code ==
          ErrorCode::TooManyAttempts);
    CHECK(refusal.retryAfterMs == 750);

    f.now += 750;
    REQUIRE(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"laptop-1"_s, &refusal).has_value());
    REQUIRE(f.auth.revokeDevice(u"laptop-1"_s));
    CHECK(f.auth.signIn(u"rob"_s, u"correct horse"_s, u"laptop-1"_s, &refusal).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(refusal.credentialsAccepted);
    CHECK(refusal.retryAfterMs == 0);
}
