#include "protocol/RecordCheck.h"
#include "protocol/WireFormat.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

QString problemOf(const RecordType& type, const QJsonObject& values, bool whole = false) {
    const auto problem = whole ? RecordCheck::record(type, values) : RecordCheck::values(type, values);
    return problem ? problem->text() : QString();
}

} // namespace

TEST_CASE("values that break a record type's declaration are named by their field", "[protocol][check]") {
    const RecordType& activities = RecordType::activities();
    CHECK(problemOf(activities, {{u"kind"_s, u"call"_s}, {u"starts_at"_s, qint64(1767225600000)}}).isEmpty());
    CHECK(problemOf(activities, {{u"kind"_s, u"bogus"_s}}).startsWith(u"kind: 'bogus' is not one of call"_s));
    CHECK(problemOf(activities, {{u"starts_at"_s, u"tomorrow"_s}}) == u"starts_at: expected a whole number"_s);
    CHECK(problemOf(activities, {{u"starts_at"_s, 1.5}}) == u"starts_at: expected a whole number"_s);
    CHECK(problemOf(activities, {{u"done"_s, 1}}) == u"done: expected true or false"_s);
    CHECK(problemOf(activities, {{u"colour"_s, u"red"_s}}).startsWith(u"colour: not a field"_s));

    const RecordType& contacts = RecordType::contacts();
    CHECK(problemOf(contacts, {{u"first_name"_s, QJsonValue::Null}}) == u"first_name: may not be null"_s);
    CHECK(problemOf(contacts, {{u"account_id"_s, QJsonValue::Null}}).isEmpty()); // an optional reference
    CHECK(problemOf(contacts, {{u"first_name"_s, QString(RecordCheck::kMaxText + 1, u'x')}})
              .startsWith(u"first_name: longer than"_s));
    CHECK(problemOf(contacts, {{u"notes"_s, QString(RecordCheck::kMaxText + 1, u'x')}}).isEmpty()); // long text
    CHECK(problemOf(contacts, {{u"emails"_s, u"[not json"_s}}) == u"emails: not a JSON array or object"_s);

    const RecordType& lines = RecordType::quoteLines();
    CHECK(problemOf(lines, {{u"description"_s, u"Day rate"_s}}, true) == u"quote_id: is required"_s);
    CHECK(problemOf(lines, {{u"quote_id"_s, u""_s}}) == u"quote_id: may not be empty"_s);
    CHECK(problemOf(lines, {{u"quote_id"_s, QJsonValue::Null}}) == u"quote_id: may not be null"_s);
}

TEST_CASE("the declared rules are the client store's own: nullable columns and closed lists agree",
          "[protocol][check][store]") {
    Test::TempDatabase tmp;
    QSqlQuery q(tmp->connection().database());
    for (const RecordType* type : RecordType::all()) {
        REQUIRE(q.exec(u"PRAGMA table_info("_s + type->table + u")"_s));
        QHash<QString, bool> notNull;
        while (q.next())
            notNull.insert(q.value(1).toString(), q.value(3).toInt() != 0);
        for (const FieldSpec& field : type->fields) {
            INFO(type->table.toStdString() << "." << field.column.toStdString());
            REQUIRE(notNull.contains(field.column));
            CHECK(field.nullable() == !notNull.value(field.column));
        }
    }
    // A value outside a declared list is refused by the store too (its CHECK), and one inside is not.
    REQUIRE(q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'activities'"_s));
    REQUIRE(q.next());
    for (const QString& kind : RecordType::activities().field(u"kind"_s)->allowed)
        CHECK(q.value(0).toString().contains(u"'"_s + kind + u"'"_s));
}

TEST_CASE("a server of this build accepts the store schema this build writes", "[protocol][store]") {
    // Forgetting to raise kClientSchema with a migration makes every sync refuse this build's stores.
    CHECK(Wire::kClientSchema == Database::latestSchemaVersion());
}

TEST_CASE("declared references are the client store's foreign keys, and name the records a change points at",
          "[protocol][check][store]") {
    Test::TempDatabase tmp;
    QSqlQuery q(tmp->connection().database());
    for (const RecordType* type : RecordType::all()) {
        REQUIRE(q.exec(u"PRAGMA foreign_key_list("_s + type->table + u")"_s));
        QHash<QString, QString> foreignKeys; // column -> table
        while (q.next())
            foreignKeys.insert(q.value(3).toString(), q.value(2).toString());
        for (const FieldSpec& field : type->fields) {
            INFO(type->table.toStdString() << "." << field.column.toStdString());
            if (!field.references.isEmpty())
                CHECK(RecordType::find(field.references) != nullptr);
            // Every foreign key into a synced table other than the users is declared (owners are scope-checked).
            const QString target = foreignKeys.value(field.column);
            if (!target.isEmpty() && target != u"users"_s && RecordType::find(target))
                CHECK(field.references == target);
        }
    }

    const QJsonObject line{{u"quote_id"_s, u"q1"_s}, {u"product_id"_s, QString()}, {u"description"_s, u"x"_s}};
    const QList<NamedRecord> named = RecordCheck::references(RecordType::quoteLines(), line);
    REQUIRE(named.size() == 1); // an empty reference names nothing
    CHECK(named.first().table == u"quotes"_s);
    CHECK(named.first().id == u"q1"_s);
    // An attachment's record is in the table its record_table names, from the change or else as stored.
    const RecordType& attachments = RecordType::attachments();
    const auto moved =
        RecordCheck::references(attachments, {{u"record_id"_s, u"c9"_s}}, {{u"record_table"_s, u"contacts"_s}});
    REQUIRE(moved.size() == 1);
    CHECK(moved.first().table == u"contacts"_s);
    const auto both =
        RecordCheck::references(attachments, {{u"record_table"_s, u"accounts"_s}, {u"record_id"_s, u"a1"_s}},
                                {{u"record_table"_s, u"contacts"_s}});
    REQUIRE(both.size() == 1);
    CHECK(both.first().table == u"accounts"_s);
}
