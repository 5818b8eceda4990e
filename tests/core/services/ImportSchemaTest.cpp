#include "StringMakers.h"

#include "services/ImportSchema.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("every import field has a label for people and a description", "[import][schema]") {
    for (const QString& typeName : ImportSchema::typeNames()) {
        const ImportRecordType type = *ImportSchema::parseType(typeName);
        for (const QString& field : ImportSchema::fields(type)) {
            INFO(typeName.toStdString() << " " << field.toStdString());
            const QString label = ImportSchema::label(type, field);
            CHECK_FALSE(label.isEmpty());
            CHECK(label != field);
            CHECK_FALSE(label.contains(u'_'));
            CHECK_FALSE(ImportSchema::describe(type, field).isEmpty());
        }
    }
    CHECK(ImportSchema::label(ImportRecordType::Accounts, u"annual_revenue"_s) == u"Annual revenue"_s);
    CHECK(ImportSchema::label(ImportRecordType::Accounts, u"external_id"_s) == u"External ID"_s);
}

TEST_CASE("the fields new records need are declared with the fields", "[import][schema]") {
    CHECK(ImportSchema::isRequired(ImportRecordType::Accounts, u"name"_s));
    CHECK_FALSE(ImportSchema::isRequired(ImportRecordType::Accounts, u"industry"_s));
    CHECK(ImportSchema::missingFields(ImportRecordType::Accounts, {u"industry"_s}) == QList<QStringList>{{u"name"_s}});
    CHECK(ImportSchema::missingFields(ImportRecordType::Accounts, {u"name"_s}).isEmpty());
    // Either name of a person will do.
    CHECK(ImportSchema::missingFields(ImportRecordType::Contacts, {u"email"_s}) ==
          QList<QStringList>{{u"first_name"_s, u"last_name"_s}});
    CHECK(ImportSchema::missingFields(ImportRecordType::Contacts, {u"last_name"_s}).isEmpty());
    CHECK(ImportSchema::missingFields(ImportRecordType::Leads, {u"name"_s}).isEmpty());
    // An opportunity without an account or a close date is imported and needs attention
    // (docs/import-real-data.md), so only its name is demanded up front.
    CHECK(ImportSchema::missingFields(ImportRecordType::Opportunities, {u"name"_s}).isEmpty());
    CHECK(ImportSchema::missingFields(ImportRecordType::Opportunities, {u"account"_s}) ==
          QList<QStringList>{{u"name"_s}});

    const QString message = ImportSchema::missingFieldsMessage(ImportRecordType::Opportunities, {u"amount"_s});
    CHECK(message.contains(u"“Opportunity name”"_s));
    CHECK_FALSE(message.contains(u"“Account”"_s));
    CHECK_FALSE(message.contains(u"“Close date”"_s));
    CHECK(ImportSchema::missingFieldsMessage(ImportRecordType::Accounts, {u"name"_s}).isEmpty());
}

TEST_CASE("the record type of a CSV file is guessed from its name and headers", "[import][schema]") {
    using T = ImportRecordType;
    const QStringList none;
    CHECK(ImportSchema::guessType(u"/data/maven-crm/accounts.csv"_s, {u"account"_s, u"sector"_s}) == T::Accounts);
    CHECK(ImportSchema::guessType(u"sales_pipeline.csv"_s, none) == T::Opportunities);
    CHECK(ImportSchema::guessType(u"sales_teams.csv"_s, none) == T::Users);
    CHECK(ImportSchema::guessType(u"Products 2024.csv"_s, {u"product"_s, u"sales_price"_s}) == T::Products);
    CHECK(ImportSchema::guessType(u"潜在客户.csv"_s, none) == T::Leads);
    CHECK(ImportSchema::guessType(u"客户.csv"_s, none) == T::Accounts);
    // A name that says nothing: the headers decide.
    CHECK(ImportSchema::guessType(u"export.csv"_s, {u"First Name"_s, u"Last Name"_s, u"Status"_s, u"Rating"_s,
                                                    u"Lead Source"_s}) == T::Leads);
    CHECK(ImportSchema::guessType(u"export.csv"_s, {u"Account Name"_s, u"Industry"_s, u"Website"_s}) == T::Accounts);
    CHECK(ImportSchema::guessType(u"account_contacts.csv"_s, {u"first_name"_s, u"last_name"_s, u"account"_s}) ==
          T::Contacts);
    CHECK_FALSE(ImportSchema::guessType(u"export.csv"_s, {u"foo"_s, u"bar"_s}).has_value());
}
