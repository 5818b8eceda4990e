#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/write/Outbox.h"
#include "store/journal/SyncJournal.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// $USER as given while a store is created, restored afterwards.
class UserVariable {
public:
    explicit UserVariable(const QByteArray& value)
        : m_saved(qEnvironmentVariableIsSet("USER") ? std::optional(qgetenv("USER")) : std::nullopt) {
        qputenv("USER", value);
    }
    ~UserVariable() {
        if (m_saved)
            qputenv("USER", *m_saved);
        else
            qunsetenv("USER");
    }

private:
    std::optional<QByteArray> m_saved;
};

} // namespace

TEST_CASE("a store made as root asks for the user's name until they give it", "[store][users]") {
    UserVariable root("root");
    Test::TempDatabase tmp;
    UserRepository users(tmp.db());
    CHECK(users.localUser()->name == u"Me"_s);
    CHECK(users.localUserNeedsName() == true);

    CHECK_FALSE(users.renameLocalUser(u"  "_s));
    const auto renamed = users.renameLocalUser(u" Maria Schmidt "_s);
    REQUIRE(renamed);
    CHECK(renamed->name == u"Maria Schmidt"_s);
    CHECK(users.localUser()->name == u"Maria Schmidt"_s);
    CHECK(users.localUserNeedsName() == false);
    // The local user is this device's identity, not shared data.
    CHECK(Outbox(tmp.db()).entries(tmp->localUserId())->isEmpty());
    tmp.reopen();
    CHECK(UserRepository(tmp.db()).localUserNeedsName() == false);
}

TEST_CASE("a store made by a named system user does not ask for a name", "[store][users]") {
    UserVariable maria("maria");
    Test::TempDatabase tmp;
    UserRepository users(tmp.db());
    CHECK(users.localUser()->name == u"Maria"_s);
    CHECK(users.localUserNeedsName() == false);
}

TEST_CASE("a store signed in to a server keeps the name the server's directory gives", "[store][users]") {
    UserVariable root("root");
    Test::TempDatabase tmp;
    UserRepository users(tmp.db());
    CHECK(users.localUserNamedByServer() == false);
    REQUIRE(SyncJournal(tmp.db()).connect(u"https://crm.example.com"_s, u"server-1"_s, u"maria"_s));
    CHECK(users.localUserNamedByServer() == true);
    CHECK_FALSE(users.renameLocalUser(u"Maria Schmidt"_s));
    CHECK(users.localUser()->name == u"Me"_s);
}
