#include "StringMakers.h"
#include "protocol/WireFormat.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Wire::Mutation sampleMutation(qint64 seq) {
    Wire::Mutation m;
    m.seq = seq;
    m.mutationId = u"0190a1b2-c3d4-7e5f-8a9b-%1"_s.arg(seq, 12, 10, QChar(u'0'));
    m.table = u"contacts"_s;
    m.recordId = u"0190a1b2-c3d4-7e5f-8a9b-000000000abc"_s;
    m.op = seq == 1 ? Wire::Op::Insert : Wire::Op::Update;
    m.baseRowVersion = seq == 1 ? 0 : 41;
    m.fields = {{u"first_name"_s, u"小明"_s},
                {u"do_not_call"_s, true},
                {u"account_id"_s, QJsonValue::Null},
                {u"annual_revenue"_s, 1234567890123LL}};
    if (seq > 1)
        m.base = {{u"first_name"_s, u"明"_s}};
    m.hlc = u"1790000000000-0001-0190a1b2"_s;
    return m;
}

} // namespace

TEST_CASE("a push request survives the trip through JSON unchanged", "[protocol][wire]") {
    Wire::PushRequest request{u"client-1"_s, {sampleMutation(1), sampleMutation(2)}};
    auto parsed = Wire::parsePushRequest(bytes(Wire::toJson(request)), Wire::Limits{});
    REQUIRE(parsed.has_value());
    CHECK(parsed->clientId == u"client-1"_s);
    REQUIRE(parsed->mutations.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const Wire::Mutation& a = request.mutations.at(i);
        const Wire::Mutation& b = parsed->mutations.at(i);
        CHECK(b.seq == a.seq);
        CHECK(b.mutationId == a.mutationId);
        CHECK(b.table == a.table);
        CHECK(b.recordId == a.recordId);
        CHECK(b.op == a.op);
        CHECK(b.baseRowVersion == a.baseRowVersion);
        CHECK(b.fields == a.fields);
        CHECK(b.base == a.base);
        CHECK(b.hlc == a.hlc);
    }
}

TEST_CASE("responses, pull pages and hello survive the trip through JSON", "[protocol][wire]") {
    Wire::PushResponse response{{{1, u"m1"_s, Wire::MutationStatus::Applied, 7, {}, {}},
                                 {2, u"m2"_s, Wire::MutationStatus::Conflict, 8, {u"annual_revenue"_s}, {}},
                                 {3, u"m3"_s, Wire::MutationStatus::Rejected, 0, {}, u"outside your scope"_s}}};
    auto r = Wire::parsePushResponse(bytes(Wire::toJson(response)), Wire::Limits{});
    REQUIRE(r.has_value());
    REQUIRE(r->results.size() == 3);
    CHECK(r->results.at(1).status == Wire::MutationStatus::Conflict);
    CHECK(r->results.at(1).conflictFields == QStringList{u"annual_revenue"_s});
    CHECK(r->results.at(2).message == u"outside your scope"_s);
    CHECK(r->results.at(0).rowVersion == 7);

    Wire::PullPage page{{{Wire::Change::Kind::Upsert, u"accounts"_s, u"a1"_s, 12, false, {{u"name"_s, u"北辰"_s}}},
                         {Wire::Change::Kind::Revoke, u"contacts"_s, u"c9"_s, 13, false, {}}},
                        u"cursor-13"_s,
                        true};
    auto p = Wire::parsePullPage(bytes(Wire::toJson(page)), Wire::Limits{});
    REQUIRE(p.has_value());
    REQUIRE(p->changes.size() == 2);
    CHECK(p->changes.at(0).fields.value(u"name"_s) == u"北辰"_s);
    CHECK(p->changes.at(1).kind == Wire::Change::Kind::Revoke);
    CHECK(p->nextCursor == u"cursor-13"_s);
    CHECK(p->hasMore);

    Wire::Hello hello;
    hello.serverTimeMs = 1'790'000'000'000;
    hello.limits.maxPullLimit = 900;
    auto h = Wire::parseHello(bytes(Wire::toJson(hello)));
    REQUIRE(h.has_value());
    CHECK(h->serverTimeMs == 1'790'000'000'000);
    CHECK(h->limits.maxPullLimit == 900);
    CHECK(h->protocolVersion == Wire::kProtocolVersion);
}

TEST_CASE("a malformed push is refused with a message that names the member", "[protocol][wire][errors]") {
    Wire::Limits limits;
    limits.maxMutationsPerPush = 2;
    limits.maxTextChars = 10;
    limits.maxBodyBytes = 4096;
    const QJsonObject good = Wire::toJson(sampleMutation(1));
    auto push = [](const QJsonArray& mutations) {
        return bytes({{u"client_id"_s, u"c"_s}, {u"mutations"_s, mutations}});
    };
    auto with = [&](const QString& key, const QJsonValue& value) {
        QJsonObject m = good;
        if (value.isUndefined())
            m.remove(key);
        else
            m.insert(key, value);
        return push({m});
    };
    const struct {
        QByteArray body;
        QString message;
    } cases[] = {
        {"{\"client_id\": \"c\", \"mutations\": [", u"not valid JSON at byte"_s},
        {"[1, 2]", u"must be a JSON object"_s},
        {"{\"client_id\": \"c\", \"mutations\": [], \"extra\": 1}", u"unknown field extra"_s},
        {"{\"mutations\": []}", u"client_id is missing"_s},
        {"{\"client_id\": 5, \"mutations\": []}", u"client_id must be a string"_s},
        {"{\"client_id\": \"c\", \"mutations\": {}}", u"mutations must be an array"_s},
        {"{\"client_id\": \"c\", \"mutations\": [7]}", u"mutations[0] must be an object"_s},
        {push({good, good, good}), u"mutations has more than 2 entries"_s},
        {with(u"op"_s, u"upsert"_s), u"mutations[0].op must be one of insert, update, delete, restore"_s},
        {with(u"seq"_s, 0), u"mutations[0].seq must be a whole number from 1"_s},
        {with(u"seq"_s, 1.5), u"mutations[0].seq must be a whole number"_s},
        {with(u"seq"_s, u"1"_s), u"mutations[0].seq must be a whole number"_s},
        {with(u"base_row_version"_s, -1), u"mutations[0].base_row_version must be a whole number from 0"_s},
        {with(u"hlc"_s, QJsonValue::Undefined), u"mutations[0].hlc is missing"_s},
        {with(u"colour"_s, u"red"_s), u"unknown field mutations[0].colour"_s},
        {with(u"fields"_s, QJsonObject{{u"notes"_s, u"far too long a note"_s}}),
         u"mutations[0].fields.notes is longer than 10 characters"_s},
        {with(u"fields"_s, QJsonObject{{u"tags"_s, QJsonArray{u"a"_s}}}),
         u"mutations[0].fields.tags must be text, a number, true, false or null"_s},
        {QByteArray(5000, ' ') + "{}", u"at most 4096 are accepted"_s},
    };
    for (const auto& c : cases) {
        INFO(c.body.left(200).toStdString());
        auto parsed = Wire::parsePushRequest(c.body, limits);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
        CHECK(parsed.error().message.contains(c.message));
    }
}

TEST_CASE("a malformed server answer is refused, not half read", "[protocol][wire][errors]") {
    const Wire::Limits limits;
    auto pull = Wire::parsePullPage(R"({"changes":[{"kind":"upsert","table":"t","id":"x","row_version":1,)"
                                    R"("deleted":false,"fields":{}}],"next_cursor":"c"})",
                                    limits);
    REQUIRE_FALSE(pull.has_value());
    CHECK(pull.error().message.contains(u"has_more is missing"_s));
    auto kind = Wire::parsePullPage(R"({"changes":[{"kind":"move","table":"t","id":"x","row_version":1}],)"
                                    R"("next_cursor":"c","has_more":false})",
                                    limits);
    REQUIRE_FALSE(kind.has_value());
    CHECK(kind.error().message.contains(u"changes[0].kind must be one of upsert, revoke"_s));
    auto result = Wire::parsePushResponse(
        R"({"results":[{"seq":1,"mutation_id":"m","status":"applied","row_version":1,"conflict_fields":[3]}]})",
        limits);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.contains(u"results[0].conflict_fields must list field names"_s));
    auto hello = Wire::parseHello(R"({"protocol_version":1})");
    REQUIRE_FALSE(hello.has_value());
    CHECK(hello.error().message.contains(u"min_client_schema is missing"_s));
}
