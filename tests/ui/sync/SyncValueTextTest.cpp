#include "sync/SyncValueText.h"

#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/write/Outbox.h"
#include "store/records/UserRepository.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

TEST_CASE("sync issue values read as people write them", "[ui][sync]") {
    Test::TempDatabase tmp;
    SyncValueText text(tmp.db());
    const auto value = [&](const QString& field, const QJsonValue& v) {
        return text.value(u"contacts"_s, u"c1"_s, field, v);
    };
    CHECK(value(u"title"_s, u"Buyer"_s) == u"Buyer"_s); // unquoted
    CHECK(value(u"title"_s, QJsonValue::Null) == u"(empty)"_s);
    CHECK(value(u"title"_s, u""_s) == u"(empty)"_s);
    CHECK(value(u"do_not_call"_s, true) == u"Yes"_s);
    CHECK(value(u"do_not_call"_s, false) == u"No"_s);
    CHECK(value(u"notes"_s, u"line one\nline two"_s) == u"line one line two"_s);
    CHECK(value(u"emails"_s, uR"([{"type":"work","value":"ada@example.com"}])"_s) == u"ada@example.com"_s);
    CHECK(value(u"tags"_s, QJsonArray{u"vip"_s}) == u"vip"_s);
    CHECK(value(u"title"_s, QJsonValue(QJsonValue::Undefined)) == u"(not received yet)"_s);

    const User me = *UserRepository(tmp.db()).localUser();
    CHECK(value(u"owner_id"_s, me.id) == me.name);
    CHECK(value(u"account_id"_s, u"gone"_s) == u"(not on this computer)"_s);

    Account acme;
    acme.name = u"Acme"_s;
    acme.currency = u"EUR"_s;
    acme = *AccountRepository(tmp.db()).save(acme);
    CHECK(text.value(u"accounts"_s, acme.id, u"annual_revenue"_s, 12'345'600) ==
          QLocale().toString(123456) + QLocale().decimalPoint() + u"00 EUR"_s);
}

TEST_CASE("a deletion conflict reads as deleted here and edited elsewhere", "[ui][sync]") {
    CHECK(SyncValueText::fieldLabel(u"contacts"_s, u"deleted"_s) == u"Deleted here / Edited elsewhere"_s);
    Test::TempDatabase tmp;
    SyncValueText text(tmp.db());
    CHECK(text.value(u"contacts"_s, u"c1"_s, u"deleted"_s, true) == u"Deleted"_s);
    CHECK(text.value(u"contacts"_s, u"c1"_s, u"deleted"_s, false) == u"Edited"_s);
}

TEST_CASE("a refused change says what it changed", "[ui][sync]") {
    Test::TempDatabase tmp;
    SyncValueText text(tmp.db());
    OutboxEntry entry;
    entry.table = u"contacts"_s;
    entry.op = u"update"_s;
    entry.fields = {{u"title"_s, u"Buyer"_s}, {u"do_not_call"_s, true}};
    CHECK(text.change(entry) == u"Do not call: Yes; Job title: Buyer"_s);
    entry.op = u"insert"_s;
    CHECK(text.change(entry) == u"Created"_s);
    entry.op = u"delete"_s;
    CHECK(text.change(entry) == u"Deleted"_s);
}
