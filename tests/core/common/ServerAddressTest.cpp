#include "common/ServerAddress.h"
#include "StringMakers.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("a server address written with case, a trailing slash or the default port is one address", "[sync]") {
    const QString plain = u"https://crm.example.com"_s;
    for (const QString& spelling : {u"https://crm.example.com/"_s, u"HTTPS://CRM.Example.COM"_s,
                                    u"https://crm.example.com:443"_s, u"https://crm.example.com:443//"_s}) {
        INFO(spelling.toStdString());
        CHECK(ServerAddress::normalised(QUrl(spelling)) == plain);
        CHECK(ServerAddress::same(spelling, plain));
    }
    CHECK(ServerAddress::normalised(QUrl(u"http://localhost:80/"_s)) == u"http://localhost"_s);
    CHECK(ServerAddress::normalised(QUrl(u"https://crm.example.com:8443/fieldbook/"_s)) ==
          u"https://crm.example.com:8443/fieldbook"_s);
}

TEST_CASE("server addresses that differ in port, path or host stay different", "[sync]") {
    CHECK_FALSE(ServerAddress::same(u"https://crm.example.com"_s, u"https://crm.example.com:8443"_s));
    CHECK_FALSE(ServerAddress::same(u"https://crm.example.com"_s, u"https://crm.example.com/other"_s));
    CHECK_FALSE(ServerAddress::same(u"https://crm.example.com"_s, u"http://crm.example.com"_s));
    // Two names of one machine: only the server's own id (hello) can tell that they are one server.
    CHECK_FALSE(ServerAddress::same(u"https://localhost:8443"_s, u"https://127.0.0.1:8443"_s));
}
