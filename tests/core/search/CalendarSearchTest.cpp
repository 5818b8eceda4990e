#include "StringMakers.h"
#include "TempDatabase.h"
#include "protocol/RecordType.h"
#include "search/SearchService.h"
#include "store/records/AccountRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QStringList lines(const Result<QList<SearchHit>>& hits) {
    REQUIRE(hits.has_value());
    QStringList out;
    for (const SearchHit& h : *hits)
        out.append(h.table + u": "_s + h.title + u" — "_s + h.subtitle);
    return out;
}

struct Calendar {
    Test::TempDatabase tmp;
    QString weeklyId;

    Calendar() {
        Account account;
        account.name = u"Nordlicht GmbH"_s;
        account = *AccountRepository(tmp.db()).save(account);
        CalendarEvent visit;
        visit.title = u"拜访 智远科技"_s;
        visit.location = u"苏州工业园区"_s;
        visit.start = CalendarTime::zoned({2027, 3, 2}, {9, 30}, "Asia/Shanghai");
        visit.end = CalendarTime::zoned({2027, 3, 2}, {10, 30}, "Asia/Shanghai");
        REQUIRE(EventRepository(tmp.db()).save(visit));
        CalendarEvent weekly;
        weekly.title = u"Pipeline review"_s;
        weekly.accountId = account.id;
        weekly.start = CalendarTime::zoned({2027, 3, 1}, {9, 0}, "Europe/Berlin");
        weekly.end = CalendarTime::zoned({2027, 3, 1}, {10, 0}, "Europe/Berlin");
        weekly.rrules = {u"FREQ=WEEKLY"_s};
        weekly = *EventRepository(tmp.db()).save(weekly);
        weeklyId = weekly.id;
        CalendarEvent moved = weekly; // one occurrence changed: a record of its own, not a second hit
        moved.id.clear();
        moved.rrules.clear();
        moved.seriesId = weekly.id;
        moved.recurrenceId = weekly.start.withDate({2027, 3, 8});
        moved.start = weekly.start.withDate({2027, 3, 9});
        moved.end = weekly.end.withDate({2027, 3, 9});
        REQUIRE(EventRepository(tmp.db()).save(moved));
        CalendarTask task;
        task.title = u"Send the pipeline figures"_s;
        task.accountId = account.id;
        task.due = CalendarTime::ofDate({2027, 3, 5});
        REQUIRE(TaskRepository(tmp.db()).save(task));
    }
};

} // namespace

TEST_CASE("events and tasks are found by title, place and account, a series once", "[search][calendar]") {
    Calendar c;
    const QLocale locale;
    const QString march1 = locale.toString(QDate(2027, 3, 1), QLocale::ShortFormat);
    const QString march2 = locale.toString(QDate(2027, 3, 2), QLocale::ShortFormat);
    const QString march5 = locale.toString(QDate(2027, 3, 5), QLocale::ShortFormat);
    SearchService search(c.tmp.db());
    CHECK(lines(search.search(u"pipeline"_s, 20)) ==
          QStringList{u"events: Pipeline review — Nordlicht GmbH · "_s + march1 + u" 09:00 · repeats"_s,
                      u"tasks: Send the pipeline figures — Nordlicht GmbH · "_s + march5 + u" · Open"_s});
    CHECK(lines(search.search(u"工业园"_s, 20)) == QStringList{u"events: 拜访 智远科技 — "_s + march2 + u" 09:30"_s});
    // The account's name finds what is about it, after the account itself.
    const QStringList byAccount = lines(search.search(u"nordlicht"_s, 20));
    REQUIRE(byAccount.size() == 3);
    CHECK(byAccount.at(0).startsWith(u"accounts: Nordlicht GmbH"_s));
    CHECK(byAccount.at(1).startsWith(u"events: Pipeline review"_s));
    CHECK(byAccount.at(2).startsWith(u"tasks: Send the pipeline figures"_s));
    // Only events when asked for them; a removed event is not found.
    CHECK(lines(search.search(u"pipeline"_s, 20, RecordType::events())).size() == 1);
    REQUIRE(EventRepository(c.tmp.db()).remove(c.weeklyId));
    CHECK(lines(search.search(u"review"_s, 20)).isEmpty());
}
