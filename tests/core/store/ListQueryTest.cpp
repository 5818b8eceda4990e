#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/ListQuery.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("the tag list holds each live tag of a table once, in order, spelled as written", "[store][list]") {
    Test::TempDatabase tmp;
    ContactRepository contacts(tmp.db());
    QString removedId;
    for (const auto& tags :
         {QStringList{u"VIP"_s, u"newsletter"_s}, QStringList{u"vip"_s, u"客户"_s}, QStringList{u"trade show"_s}}) {
        Contact c;
        c.firstName = u"Tagged"_s;
        c.tags = tags;
        auto saved = contacts.save(c);
        REQUIRE(saved.has_value());
        removedId = saved->id;
    }
    Account a;
    a.name = u"Acme"_s;
    a.tags = {u"aerospace"_s};
    REQUIRE(AccountRepository(tmp.db()).save(a).has_value());

    CHECK(ListQuery::contacts(tmp.db()).tags().value() ==
          QStringList{u"newsletter"_s, u"trade show"_s, u"VIP"_s, u"客户"_s});
    CHECK(ListQuery::accounts(tmp.db()).tags().value() == QStringList{u"aerospace"_s});

    REQUIRE(contacts.remove(removedId).has_value()); // the only "trade show" contact
    CHECK(ListQuery::contacts(tmp.db()).tags().value() == QStringList{u"newsletter"_s, u"VIP"_s, u"客户"_s});
    // The picker's spelling filters the list like any other spelling of the tag.
    ListFilter byTag;
    byTag.tag = u"VIP"_s;
    CHECK(ListQuery::contacts(tmp.db()).count(byTag).value() == 2);
}

TEST_CASE("list pages continue after the last row without gaps or repeats", "[store][list]") {
    Test::TempDatabase tmp;
    ContactRepository contacts(tmp.db());
    for (int i = 0; i < 25; ++i) {
        Contact c;
        c.firstName = u"Person"_s;
        c.lastName = QString::number(i % 5); // many equal sort keys: the rid breaks ties
        REQUIRE(contacts.save(c).has_value());
    }
    const auto query = ListQuery::contacts(tmp.db());
    for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QStringList seen;
        std::optional<ListRow> last;
        for (;;) {
            auto page = query.page({}, ListSort::Name, order, last ? &*last : nullptr, 7);
            REQUIRE(page.has_value());
            for (const auto& row : *page)
                seen.append(row.id);
            if (page->size() < 7)
                break;
            last = page->last();
        }
        CHECK(seen.size() == 25);
        CHECK(QSet<QString>(seen.begin(), seen.end()).size() == 25);
    }
    CHECK(query.count({}).value() == 25);
    CHECK(query.count(ListFilter{u"person"_s, {}, {}, {}}).value() == 25);
}
