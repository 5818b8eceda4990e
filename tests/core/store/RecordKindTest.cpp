#include "StringMakers.h"
#include "TempDatabase.h"
#include "protocol/RecordType.h"
#include "store/write/RecordKind.h"
#include "store/db/SqlConnection.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// The columns of every table and virtual table of a migrated store: "table" -> its columns.
QHash<QString, QSet<QString>> storeColumns() {
    Test::TempDatabase tmp;
    QSqlQuery q(tmp->connection().database());
    REQUIRE(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QHash<QString, QSet<QString>> columns;
    for (const QString& table : std::as_const(names)) {
        REQUIRE(q.exec(u"PRAGMA table_info("_s + table + u')'));
        while (q.next())
            columns[table].insert(q.value(1).toString());
    }
    return columns;
}

QStringList tableNames() {
    QStringList names;
    for (const RecordType* type : RecordType::all())
        names.append(type->table);
    return names;
}

} // namespace

TEST_CASE("every record type has one client declaration", "[store][records]") {
    QSet<QString> declared;
    for (const RecordKind* kind : RecordKind::all()) {
        REQUIRE(kind->type != nullptr);
        CHECK_FALSE(declared.contains(kind->type->table));
        declared.insert(kind->type->table);
    }
    for (const RecordType* type : RecordType::all()) {
        INFO(type->table.toStdString());
        CHECK(RecordKind::find(type->table) == &RecordKind::of(*type));
        CHECK(RecordKind::of(*type).type == type);
    }
    CHECK(declared.size() == RecordType::all().size());
    CHECK(RecordKind::find(u"no_such_records"_s) == nullptr);
}

TEST_CASE("what a declaration derives lives in the store", "[store][records]") {
    const auto columns = storeColumns();
    for (const QString& table : RecordKind::derivedTables()) {
        INFO(table.toStdString());
        CHECK(columns.contains(table));
    }
    for (const RecordKind* kind : RecordKind::all()) {
        const RecordType& type = *kind->type;
        INFO(type.table.toStdString());
        if (kind->derive) {
            QVariantList empty;
            for (qsizetype i = 0; i < type.fields.size(); ++i)
                empty.append(QVariant());
            const DerivedRecord derived = kind->derived(empty, QStringList(kind->derivedFrom.size(), QString()));
            for (const auto& [column, value] : derived.localColumns)
                CHECK(columns.value(type.table).contains(column));
            // else it had nothing to derive
            CHECK((kind->searchIndexed || kind->matchKeys || !derived.localColumns.isEmpty()));
        }
        if (kind->searchIndexed)
            CHECK(columns.value(type.table + u"_fts"_s) == QSet<QString>{u"name"_s, u"body"_s});
        for (const DerivedFrom& from : kind->derivedFrom) {
            const RecordType* other = RecordType::find(kind->referencedTable(from.reference));
            REQUIRE(other != nullptr);
            CHECK(other->field(from.column) != nullptr);
        }
    }
}

TEST_CASE("what a declaration names are fields of its type", "[store][records]") {
    for (const RecordKind* kind : RecordKind::all()) {
        const RecordType& type = *kind->type;
        INFO(type.table.toStdString());
        for (const auto& [money, currency] : kind->moneyFields) {
            CHECK(type.field(money) != nullptr);
            CHECK(type.field(currency) != nullptr);
            CHECK(kind->currencyOf(money) == currency);
        }
        for (const auto& [field, label] : kind->fieldLabels) {
            CHECK(type.field(field) != nullptr);
            CHECK(kind->fieldLabel(field) == label);
        }
        CHECK(QByteArray(kind->nounInText).size() > 0);
        CHECK_FALSE(kind->icon.isEmpty());
        // A label's reference points into a declared table, or into one a declared field names.
        if (const FieldSpec* reference = type.field(type.label.reference))
            CHECK((tableNames().contains(type.labelReferences()) || type.field(reference->referencesTableIn)));
        else
            CHECK(type.label.reference.isEmpty());
        CHECK(kind->referencedTable(u"owner_id"_s) == RecordType::users().table);
    }
    // Labels shared by types that have the field, a type's own where it names one.
    CHECK(QByteArray(RecordKind::of(RecordType::contacts()).fieldLabel(u"title"_s)) == "Job title");
    CHECK(RecordKind::of(RecordType::contacts()).fieldLabel(u"no_such_field"_s) == nullptr);
}

TEST_CASE("no code outside the declarations branches on a record type's table", "[store][records]") {
    // Comparisons such as `table == u"contacts"` or `table == RecordType::contacts().table`: what
    // differs between types is declared (RecordKind, SearchSource, RecordOpeners, RecordWatch).
    const QString names = tableNames().join(u'|');
    const QRegularExpression literal(u"(==|!=)\\s*(u|QStringLiteral\\()?\"("_s + names + u")\"|\"("_s + names +
                                     u")\"(_s)?\\)?\\s*(==|!=)"_s);
    const QRegularExpression declared(
        u"(==|!=)\\s*&?RecordType::[A-Za-z]+\\(\\)(\\.table)?|RecordType::[A-Za-z]+\\(\\)(\\.table)?\\s*(==|!=)"_s);
    // The declarations themselves.
    const QStringList allowed{u"core/protocol/"_s, u"core/store/write/RecordKind.cpp"_s};
    const QString root = QStringLiteral(FIELDBOOK_SOURCE_DIR) + u'/';
    QStringList found;
    for (const QString& folder : {u"core"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(root + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size());
            if (std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString& a) { return relative.startsWith(a); }))
                continue;
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i)
                if (lines.at(i).contains(literal) || lines.at(i).contains(declared))
                    found.append(relative + u':' + QString::number(i + 1) + u": "_s + lines.at(i).trimmed());
        }
    }
    CHECK(found == QStringList());
}
