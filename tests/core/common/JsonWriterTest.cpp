#include "StringMakers.h"
#include "common/JsonWriter.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("JSON written directly parses back to the same values, however awkward the text", "[common][json]") {
    const QString awkward = u"say \"hi\"\\ back\nslash\ttab\r\u0001\u001f 王小明 😀"_s;
    JsonWriter json;
    json.beginObject();
    json.key(u"text");
    json.value(awkward);
    json.key(u"k\"ey");
    json.value(qint64(-9007199254740993LL));
    json.key(u"flag");
    json.value(true);
    json.key(u"none");
    json.null();
    json.key(u"list");
    json.beginArray();
    json.beginObject();
    json.key(u"a");
    json.value(false);
    json.endObject();
    json.beginArray();
    json.endArray();
    json.value(u""_s);
    json.endArray();
    json.endObject();
    const QString text = json.take();

    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(u"text"_s).toString() == awkward);
    CHECK(o.value(u"k\"ey"_s).toInteger() == -9007199254740993LL);
    CHECK(o.value(u"flag"_s).toBool());
    CHECK(o.value(u"none"_s).isNull());
    const QJsonArray list = o.value(u"list"_s).toArray();
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).toObject().value(u"a"_s) == QJsonValue(false));
    CHECK(list.at(1).toArray().isEmpty());
    CHECK(list.at(2).toString().isEmpty());
    // Control characters never appear raw in the text.
    CHECK_FALSE(text.contains(QChar(1)));
    CHECK(text.contains(u"\\u001f"_s));
    CHECK(text.startsWith(u"{\"text\":\"say \\\"hi\\\"\\\\ back\\nslash\\ttab\\r"_s));
}

TEST_CASE("an empty array and an empty object are written as [] and {}", "[common][json]") {
    JsonWriter array;
    array.beginArray();
    array.endArray();
    CHECK(array.take() == u"[]"_s);
    JsonWriter object;
    object.beginObject();
    object.endObject();
    CHECK(object.take() == u"{}"_s);
}
