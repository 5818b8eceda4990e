#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/db/SqlConnection.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QVariantList row(SqlConnection& c, const QString& key) {
    auto q = c.run(u"SELECT value, typeof(value) FROM scratch WHERE key = ?"_s, {key}, u"read"_s);
    REQUIRE(q.has_value());
    QVariantList values;
    if ((*q)->next())
        values = {(*q)->value(0), (*q)->value(1)};
    (*q)->finish();
    return values;
}

} // namespace

TEST_CASE("native writes bind text, numbers, bytes and null strings as QtSql does", "[store][sql]") {
    Test::TempDatabase tmp;
    SqlConnection& c = tmp->connection();
    REQUIRE(c.execDirect(u"CREATE TABLE scratch (key TEXT PRIMARY KEY, value)"_s, u"test"_s).has_value());
    const QString insert = u"INSERT INTO scratch (key, value) VALUES (?, ?)"_s;
    REQUIRE(c.write(insert, {u"text"_s, u"王小明 “quoted”"_s}, u"test"_s).has_value());
    REQUIRE(c.write(insert, {u"empty"_s, u""_s}, u"test"_s).has_value());
    REQUIRE(c.write(insert, {u"null"_s, QString()}, u"test"_s).has_value());
    REQUIRE(c.write(insert, {u"int"_s, qint64(1) << 40}, u"test"_s).has_value());
    REQUIRE(c.write(insert, {u"bool"_s, true}, u"test"_s).has_value());
    REQUIRE(c.write(insert, {u"real"_s, 2.5}, u"test"_s).has_value());
    REQUIRE(c.write(insert, {u"bytes"_s, QByteArray("\0\1", 2)}, u"test"_s).has_value());
    auto rid = c.write(insert, {u"last"_s, QVariant()}, u"test"_s);
    REQUIRE(rid.has_value());
    CHECK(*rid == 8);

    CHECK(row(c, u"text"_s) == QVariantList{u"王小明 “quoted”"_s, u"text"_s});
    CHECK(row(c, u"empty"_s) == QVariantList{u""_s, u"text"_s});
    CHECK(row(c, u"null"_s).at(1) == u"null"_s);
    CHECK(row(c, u"int"_s).at(0).toLongLong() == qint64(1) << 40);
    CHECK(row(c, u"bool"_s).at(0).toInt() == 1);
    CHECK(row(c, u"real"_s).at(1) == u"real"_s);
    CHECK(row(c, u"bytes"_s).at(1) == u"blob"_s);
    CHECK(row(c, u"last"_s).at(1) == u"null"_s);
}

TEST_CASE("a failed native write names its context and the statement stays usable", "[store][sql]") {
    Test::TempDatabase tmp;
    SqlConnection& c = tmp->connection();
    REQUIRE(c.execDirect(u"CREATE TABLE scratch (key TEXT PRIMARY KEY, value)"_s, u"test"_s).has_value());
    const QString insert = u"INSERT INTO scratch (key, value) VALUES (?, ?)"_s;
    REQUIRE(c.write(insert, {u"a"_s, 1}, u"first"_s).has_value());
    auto duplicate = c.write(insert, {u"a"_s, 2}, u"second insert"_s);
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().code == ErrorCode::Database);
    CHECK(duplicate.error().detail.startsWith(u"second insert: "_s));
    CHECK(duplicate.error().detail.contains(u"UNIQUE"_s));
    REQUIRE(c.write(insert, {u"b"_s, 3}, u"third"_s).has_value());
    CHECK(row(c, u"b"_s).at(0).toInt() == 3);
}

TEST_CASE("native writes belong to the open transaction and roll back with it", "[store][sql][transaction]") {
    Test::TempDatabase tmp;
    SqlConnection& c = tmp->connection();
    REQUIRE(c.execDirect(u"CREATE TABLE scratch (key TEXT PRIMARY KEY, value)"_s, u"test"_s).has_value());
    auto failed = tmp->transaction([&]() -> Result<void> {
        if (auto ok = c.write(u"INSERT INTO scratch (key, value) VALUES ('x', 1)"_s, {}, u"test"_s); !ok)
            return std::unexpected(ok.error());
        return fail(ErrorCode::Database, u"stop"_s);
    });
    REQUIRE_FALSE(failed.has_value());
    tmp.reopen();
    CHECK(row(tmp->connection(), u"x"_s).isEmpty());
}

TEST_CASE("scalar and first-row queries tell a missing row from a NULL value", "[store][sql]") {
    Test::TempDatabase tmp;
    SqlConnection& c = tmp->connection();
    REQUIRE(c.execDirect(u"CREATE TABLE scratch (key TEXT PRIMARY KEY, value)"_s, u"test"_s).has_value());
    REQUIRE(c.write(u"INSERT INTO scratch (key, value) VALUES ('n', NULL), ('t', '名字'), ('i', 42)"_s, {}, u"t"_s));
    const QString sql = u"SELECT value FROM scratch WHERE key = ?"_s;
    auto missing = c.scalar(sql, {u"nothing"_s}, u"test"_s);
    REQUIRE(missing.has_value());
    CHECK_FALSE(missing->isValid());
    auto null = c.scalar(sql, {u"n"_s}, u"test"_s);
    REQUIRE(null.has_value());
    CHECK(null->isValid());
    CHECK(null->isNull());
    CHECK(c.scalar(sql, {u"t"_s}, u"test"_s)->toString() == u"名字"_s);
    CHECK(c.scalar(sql, {u"i"_s}, u"test"_s)->toLongLong() == 42);
    auto row = c.firstRow(u"SELECT key, value, length(key) FROM scratch WHERE key IN ('n', 't') ORDER BY key"_s, {},
                          u"test"_s);
    REQUIRE(row.has_value());
    REQUIRE(row->has_value());
    REQUIRE((*row)->size() == 3); // only the first row, every column
    CHECK((*row)->at(0).toString() == u"n"_s);
    CHECK((*row)->at(1).isNull());
    CHECK((*row)->at(2).toLongLong() == 1);
    CHECK_FALSE(c.firstRow(sql, {u"nothing"_s}, u"test"_s)->has_value());
    auto broken = c.scalar(u"SELECT value FROM no_such_table"_s, {}, u"read nothing"_s);
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().detail.contains(u"no_such_table"_s));
}
