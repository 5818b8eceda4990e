#include "StringMakers.h"
#include "TempDatabase.h"

#include "store/db/KeysetList.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Item {
    QString id;
    qint64 rid = 0;
    QVariant sortValue;
    QString kind;
};

/// The row's own column: KeysetList reads id, rid and sort value.
Item readItem(const QSqlQuery& q) {
    Item item;
    item.kind = q.value(3).toString();
    return item;
}

/// Every row of `list`, read page by page.
QStringList allPages(const KeysetList& list, SqlConnection& connection, const SqlConditions& where, Qt::SortOrder order,
                     int pageSize) {
    QStringList ids;
    std::optional<Item> last;
    for (;;) {
        auto page = list.page(connection, u"i.grp"_s, where, order, last ? &*last : nullptr, pageSize, readItem);
        REQUIRE(page.has_value());
        for (const Item& item : *page)
            ids.append(item.id);
        if (page->size() < pageSize)
            return ids;
        last = page->constLast();
    }
}

} // namespace

TEST_CASE("keyset pages over equal sort keys follow the rid and bind the statement's values first", "[store][list]") {
    Test::TempDatabase tmp;
    SqlConnection& connection = tmp->connection();
    REQUIRE(connection.execDirect(u"CREATE TABLE items (rid INTEGER PRIMARY KEY, id TEXT NOT NULL, grp TEXT NOT NULL, "
                                  u"kind TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)"_s,
                                  u"test"_s));
    struct Expected {
        QString id;
        QString grp;
        qint64 rid;
        QString kind;
    };
    QList<Expected> items;
    for (int i = 0; i < 23; ++i) {
        // Three sort values among 23 rows, inserted out of order; every fifth row is hidden.
        const Expected item{u"item-%1"_s.arg(i), QString(QChar(char16_t(u'c' - i % 3))), i + 1,
                            i % 5 == 0 ? u"hidden"_s : (i % 2 ? u"odd"_s : u"even"_s)};
        REQUIRE(connection.write(u"INSERT INTO items (rid, id, grp, kind) VALUES (?, ?, ?, ?)"_s,
                                 {item.rid, item.id, item.grp, item.kind}, u"test"_s));
        items.append(item);
    }
    REQUIRE(connection.write(u"UPDATE items SET deleted = 1 WHERE id = 'item-7'"_s, {}, u"test"_s));

    // The statement's own placeholder comes before the conditions', then the cursor's.
    const KeysetList list(u"SELECT i.id, i.rid, %1, i.kind FROM items i WHERE i.deleted = 0 AND i.kind <> ?"_s, u"i"_s,
                          u"items"_s);
    const auto expected = [&](const QString& kind, Qt::SortOrder order) {
        QList<Expected> kept;
        for (const Expected& item : items)
            if (item.id != u"item-7" && item.kind != u"hidden" && (kind.isEmpty() || item.kind == kind))
                kept.append(item);
        std::sort(kept.begin(), kept.end(), [order](const Expected& a, const Expected& b) {
            const auto key = [](const Expected& e) {
                return std::pair(e.grp, e.rid);
            };
            return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
        });
        QStringList ids;
        for (const Expected& item : kept)
            ids.append(item.id);
        return ids;
    };

    const SqlConditions visible{{}, {u"hidden"_s}};
    const SqlConditions odd{u" AND i.kind = ?"_s, {u"hidden"_s, u"odd"_s}};
    for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        for (const int pageSize : {1, 4, 7, 100}) {
            CAPTURE(order, pageSize);
            CHECK(allPages(list, connection, visible, order, pageSize) == expected({}, order));
            CHECK(allPages(list, connection, odd, order, pageSize) == expected(u"odd"_s, order));
        }
    }
    CHECK(expected({}, Qt::AscendingOrder).size() == 17);

    CHECK(list.count(connection, u"items i WHERE i.deleted = 0 AND i.kind <> ?"_s, visible).value() == 17);
    CHECK(list.count(connection, u"items i WHERE i.deleted = 0 AND i.kind <> ?"_s, odd).value() == 8);

    const auto one = list.row(connection, u"item-1"_s, u"i.grp"_s, odd, readItem);
    REQUIRE(one.has_value());
    REQUIRE(one->has_value());
    CHECK((*one)->id == u"item-1"_s);
    CHECK((*one)->rid == 2);
    CHECK((*one)->kind == u"odd"_s);
    CHECK((*one)->sortValue.toString() == u"b"_s);
    CHECK_FALSE(list.row(connection, u"item-2"_s, u"i.grp"_s, odd, readItem).value().has_value());     // even
    CHECK_FALSE(list.row(connection, u"item-5"_s, u"i.grp"_s, visible, readItem).value().has_value()); // hidden
    CHECK_FALSE(list.row(connection, u"item-7"_s, u"i.grp"_s, visible, readItem).value().has_value()); // deleted
}
