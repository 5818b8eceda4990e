#include "StringMakers.h"
#include "TempDatabase.h"
#include "search/SearchService.h"
#include "common/SearchText.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QStringList titles(const Result<QList<SearchHit>>& hits) {
    REQUIRE(hits.has_value());
    QStringList out;
    for (const auto& h : *hits)
        out.append(h.title);
    return out;
}

struct Fixture {
    Test::TempDatabase tmp;
    QString acmeId;
    Fixture() {
        AccountRepository accounts(tmp.db());
        Account acme;
        acme.name = u"Acme Rockets"_s;
        acme.tags = {u"aerospace"_s};
        acmeId = accounts.save(acme)->id;
        Account huaxin;
        huaxin.name = u"上海华信科技有限公司"_s;
        REQUIRE(accounts.save(huaxin).has_value());

        ContactRepository contacts(tmp.db());
        Contact wang;
        wang.lastName = u"王"_s;
        wang.firstName = u"小明"_s;
        wang.phones.append({u"mobile"_s, u"+86 138 0013 8000"_s});
        REQUIRE(contacts.save(wang).has_value());
        Contact ada;
        ada.firstName = u"Ada"_s;
        ada.lastName = u"Lovelace"_s;
        ada.accountId = acmeId;
        ada.emails.append({u"work"_s, u"countess@analytical.example"_s});
        ada.tags = {u"mathematics"_s};
        ada.notes = u"Prefers letters to calls"_s;
        REQUIRE(contacts.save(ada).has_value());
        Contact jose;
        jose.firstName = u"José"_s;
        jose.lastName = u"Núñez"_s;
        REQUIRE(contacts.save(jose).has_value());
    }
};

} // namespace

TEST_CASE("search matches word prefixes in names, company, e-mail, phone, tags and notes", "[search]") {
    Fixture f;
    SearchService search(f.tmp.db());
    CHECK(titles(search.search(u"lov"_s)) == QStringList{u"Ada Lovelace"_s});
    CHECK(titles(search.search(u"a"_s)).contains(u"Ada Lovelace"_s));
    CHECK(titles(search.search(u"rock"_s)).contains(u"Ada Lovelace"_s)); // company
    CHECK(titles(search.search(u"countess"_s)) == QStringList{u"Ada Lovelace"_s});
    CHECK(titles(search.search(u"analytical.ex"_s)) == QStringList{u"Ada Lovelace"_s});
    CHECK(titles(search.search(u"mathem"_s)) == QStringList{u"Ada Lovelace"_s});
    CHECK(titles(search.search(u"letters"_s)) == QStringList{u"Ada Lovelace"_s});
    CHECK(titles(search.search(u"13800138"_s)) == QStringList{u"王小明"_s});
    CHECK(titles(search.search(u"ada lov"_s)) == QStringList{u"Ada Lovelace"_s});
    CHECK(titles(search.search(u"ada zzz"_s)).isEmpty());
    CHECK(titles(search.search(u"jose nunez"_s)) == QStringList{u"José Núñez"_s}); // diacritics folded
}

TEST_CASE("Chinese names and companies are found by any substring", "[search][cjk]") {
    Fixture f;
    SearchService search(f.tmp.db());
    CHECK(titles(search.search(u"王"_s)) == QStringList{u"王小明"_s});
    CHECK(titles(search.search(u"小明"_s)) == QStringList{u"王小明"_s});
    CHECK(titles(search.search(u"明"_s)) == QStringList{u"王小明"_s});
    CHECK(titles(search.search(u"华信"_s)) == QStringList{u"上海华信科技有限公司"_s});
    CHECK(titles(search.search(u"科技"_s)) == QStringList{u"上海华信科技有限公司"_s});
    CHECK(titles(search.search(u"王明"_s)).isEmpty()); // not adjacent
}

TEST_CASE("name matches come before matches elsewhere and deleted records disappear", "[search]") {
    Fixture f;
    SearchService search(f.tmp.db());
    auto hits = search.search(u"acme"_s);
    REQUIRE(hits->size() == 2);
    CHECK(hits->at(0).title == u"Acme Rockets"_s);
    CHECK(hits->at(0).table == u"accounts"_s);
    CHECK(hits->at(1).title == u"Ada Lovelace"_s);
    CHECK(hits->at(1).subtitle == u"Acme Rockets"_s);

    REQUIRE(AccountRepository(f.tmp.db()).remove(f.acmeId).has_value());
    CHECK(titles(search.search(u"acme"_s)) == QStringList{u"Ada Lovelace"_s});
}

TEST_CASE("renaming an account makes its contacts findable by the new company name", "[search]") {
    Fixture f;
    AccountRepository accounts(f.tmp.db());
    Account renamed = accounts.get(f.acmeId).value();
    renamed.name = u"Babbage Engines"_s;
    REQUIRE(accounts.save(renamed).has_value());
    SearchService search(f.tmp.db());
    CHECK(titles(search.search(u"babbage"_s)) == QStringList{u"Babbage Engines"_s, u"Ada Lovelace"_s});
    CHECK(titles(search.search(u"rockets"_s)).isEmpty());
}

TEST_CASE("search input with FTS syntax characters is treated as plain text", "[search]") {
    Fixture f;
    SearchService search(f.tmp.db());
    for (const auto& input : {u"\"ada"_s, u"ada*"_s, u"NEAR(ada"_s, u"ada OR"_s, u"-ada"_s, u"{name}:x"_s, u"^"_s})
        CHECK(search.search(input).has_value());
    CHECK(SearchText::matchExpression(u"  ,.;  "_s).isEmpty());
    CHECK(SearchText::matchExpression(u"O'Brien"_s) == u"\"O\"* \"Brien\"*"_s);
}
