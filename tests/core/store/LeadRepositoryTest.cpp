#include "StringMakers.h"
#include "TempDatabase.h"
#include "protocol/RecordType.h"
#include "search/SearchService.h"
#include "store/records/LeadQuery.h"
#include "store/records/LeadRepository.h"
#include "store/write/Outbox.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

Lead draft(const QString& first, const QString& last, const QString& company) {
    Lead l;
    l.firstName = first;
    l.lastName = last;
    l.company = company;
    return l;
}

QStringList outboxOps(Database& db, const QString& id) {
    QStringList ops;
    const auto entries = Outbox(db).entries();
    REQUIRE(entries);
    for (const OutboxEntry& e : *entries)
        if (e.recordId == id)
            ops.append(e.table + u' ' + e.op);
    return ops;
}

} // namespace

TEST_CASE("a new lead is stored normalised, owned by the local user and queued for sync", "[store][leads]") {
    Test::TempDatabase tmp;
    LeadRepository repo(tmp.db());
    Lead l = draft(u" Jane "_s, u"Roe"_s, u"Acme Corp"_s);
    l.email = u"  Jane.Roe@ACME.example "_s;
    l.phone = u"+1 (555) 123-4567"_s;
    l.source = u"Web "_s;
    l.rating = LeadRating::Hot;
    auto saved = repo.save(l);
    REQUIRE(saved);
    CHECK(saved->firstName == u"Jane"_s);
    CHECK(saved->email == u"Jane.Roe@acme.example"_s);
    CHECK(saved->phone == u"+1 555 123 4567"_s);
    CHECK(saved->source == u"Web"_s);
    CHECK(saved->status == LeadStatus::New);
    CHECK(saved->ownerId == tmp->localUserId());
    tmp.reopen();
    auto loaded = LeadRepository(tmp.db()).get(saved->id);
    REQUIRE(loaded);
    CHECK(*loaded == *saved);
    CHECK(outboxOps(tmp.db(), saved->id) == QStringList{u"leads insert"_s});
}

TEST_CASE("a lead needs a person's name and valid contact details", "[store][leads]") {
    Test::TempDatabase tmp;
    LeadRepository repo(tmp.db());
    auto nameless = repo.save(draft({}, {}, u"Acme"_s));
    REQUIRE_FALSE(nameless);
    CHECK(nameless.error().code == ErrorCode::InvalidInput);
    CHECK(nameless.error().message.contains(u"name"_s));
    Lead badMail = draft(u"Jane"_s, u"Roe"_s, {});
    badMail.email = u"jane at acme"_s;
    auto mail = repo.save(badMail);
    REQUIRE_FALSE(mail);
    CHECK(mail.error().message.contains(u"jane at acme"_s));
    Lead badPhone = draft(u"Jane"_s, u"Roe"_s, {});
    badPhone.phone = u"12"_s;
    CHECK_FALSE(repo.save(badPhone));
    CHECK(*repo.count() == 0);
}

TEST_CASE("qualifying, disqualifying with a reason and reopening follow the status machine", "[store][leads]") {
    Test::TempDatabase tmp;
    LeadRepository repo(tmp.db());
    const QString id = repo.save(draft(u"芳"_s, u"王"_s, u"苏州智远科技"_s))->id;

    auto noReason = repo.disqualify(id, u"  "_s);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().code == ErrorCode::InvalidInput);
    CHECK(repo.get(id)->status == LeadStatus::New);

    auto out = repo.disqualify(id, u"No budget this year"_s);
    REQUIRE(out);
    CHECK(out->status == LeadStatus::Disqualified);
    CHECK(out->disqualifyReason == u"No budget this year"_s);

    // Saving as disqualified without a reason is refused too.
    Lead edited = *out;
    edited.disqualifyReason.clear();
    CHECK_FALSE(repo.save(edited));

    // Reopening clears the reason.
    Lead reopened = *repo.get(id);
    reopened.status = LeadStatus::Working;
    auto working = repo.save(reopened);
    REQUIRE(working);
    CHECK(working->status == LeadStatus::Working);
    CHECK(working->disqualifyReason.isEmpty());

    auto qualified = repo.qualify(id);
    REQUIRE(qualified);
    CHECK(qualified->status == LeadStatus::Qualified);
    CHECK(repo.get(id)->status == LeadStatus::Qualified);
}

TEST_CASE("only conversion makes a lead converted, and a converted lead is final", "[store][leads]") {
    Test::TempDatabase tmp;
    LeadRepository repo(tmp.db());
    Lead l = *repo.save(draft(u"Jane"_s, u"Roe"_s, u"Acme"_s));
    l.status = LeadStatus::Converted;
    auto byHand = repo.save(l);
    REQUIRE_FALSE(byHand);
    CHECK(byHand.error().message.contains(u"convert"_s));

    auto converted = repo.markConverted(l.id, u"a1"_s, u"c1"_s, {});
    REQUIRE(converted);
    CHECK(converted->status == LeadStatus::Converted);
    CHECK(converted->convertedAccountId == u"a1"_s);
    CHECK(converted->convertedOpportunityId.isEmpty());
    CHECK(converted->convertedAt > 0);

    Lead after = *repo.get(l.id);
    after.title = u"CEO"_s;
    auto edit = repo.save(after);
    REQUIRE_FALSE(edit);
    CHECK(edit.error().message.contains(u"Jane Roe"_s));
    CHECK_FALSE(repo.disqualify(l.id, u"late"_s));
    CHECK_FALSE(repo.qualify(l.id));
    CHECK_FALSE(repo.markConverted(l.id, u"a2"_s, u"c2"_s, {}));
    CHECK(repo.get(l.id)->convertedAccountId == u"a1"_s);
}

TEST_CASE("leads are assigned to active users only, all or nothing", "[store][leads]") {
    Test::TempDatabase tmp;
    LeadRepository repo(tmp.db());
    UserRepository users(tmp.db());
    User tom;
    tom.name = u"Tom"_s;
    tom = *users.save(tom);
    User gone;
    gone.name = u"Gone"_s;
    gone.active = false;
    gone = *users.save(gone);
    const QString a = repo.save(draft(u"A"_s, u"One"_s, {}))->id;
    const QString b = repo.save(draft(u"B"_s, u"Two"_s, {}))->id;

    REQUIRE(repo.assign({a, b}, tom.id));
    CHECK(repo.get(a)->ownerId == tom.id);
    CHECK(repo.get(b)->ownerId == tom.id);
    CHECK_FALSE(repo.assign({a}, gone.id));
    CHECK_FALSE(repo.assign({a}, u"nobody"_s));

    REQUIRE(repo.markConverted(b, u"x"_s, u"y"_s, {}));
    auto mixed = repo.assign({a, b}, tmp->localUserId());
    REQUIRE_FALSE(mixed);
    CHECK(repo.get(a)->ownerId == tom.id); // rolled back with the refused one
}

TEST_CASE("leads are found by name, company and e-mail, Chinese names by any part", "[store][leads][search]") {
    Test::TempDatabase tmp;
    LeadRepository repo(tmp.db());
    Lead zh = draft(u"晓明"_s, u"欧阳"_s, u"深圳华辰电子有限公司"_s);
    zh.email = u"xm@huachen.example"_s;
    zh = *repo.save(zh);
    Lead en = draft(u"Ada"_s, u"Lovelace"_s, u"Analytical Engines Ltd"_s);
    en = *repo.save(en);
    CHECK(zh.displayName() == u"欧阳晓明"_s);

    SearchService search(tmp.db());
    for (const QString& text : {u"晓明"_s, u"华辰"_s, u"huachen"_s}) {
        INFO(text.toStdString());
        auto hits = search.search(text, 10, RecordType::leads());
        REQUIRE(hits);
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().id == zh.id);
        CHECK(hits->first().table == u"leads"_s);
        CHECK(hits->first().title == u"欧阳晓明"_s);
    }
    auto all = search.search(u"analytical"_s, 10);
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().id == en.id);

    LeadQuery query(tmp.db());
    LeadFilter filter;
    filter.text = u"love"_s;
    CHECK(*query.count(filter) == 1);
    REQUIRE(repo.remove(en.id));
    CHECK(*query.count(filter) == 0);
    CHECK(search.search(u"analytical"_s, 10)->isEmpty());
    REQUIRE(repo.restore(en.id));
    CHECK(*query.count(filter) == 1);
}

TEST_CASE("the lead list filters by status, rating, source and owner and pages by name", "[store][leads]") {
    Test::TempDatabase tmp;
    LeadRepository repo(tmp.db());
    for (int i = 0; i < 30; ++i) {
        Lead l = draft(u"Person"_s, u"N%1"_s.arg(i, 2, 10, QLatin1Char('0')), {});
        l.rating = i % 3 == 0 ? LeadRating::Hot : LeadRating::Cold;
        l.source = i % 2 == 0 ? u"Web"_s : u"Trade fair"_s;
        l = *repo.save(l);
        if (i % 5 == 0)
            REQUIRE(repo.disqualify(l.id, u"Student"_s));
    }
    LeadQuery query(tmp.db());
    LeadFilter open;
    open.statuses = {LeadStatus::New, LeadStatus::Working, LeadStatus::Qualified};
    CHECK(*query.count(open) == 24);
    LeadFilter hotWeb;
    hotWeb.rating = LeadRating::Hot;
    hotWeb.source = u"web"_s; // ignoring case
    CHECK(*query.count(hotWeb) == 5);
    LeadFilter someoneElse;
    someoneElse.ownerId = u"nobody"_s;
    CHECK(*query.count(someoneElse) == 0);
    CHECK(*query.sources() == QStringList{u"Trade fair"_s, u"Web"_s});

    QStringList names;
    const LeadSummary* after = nullptr;
    QList<LeadSummary> page;
    do {
        auto next = query.page({}, LeadSort::Name, Qt::DescendingOrder, after, 7);
        REQUIRE(next);
        page = *next;
        for (const LeadSummary& s : page)
            names.append(s.name);
        after = page.isEmpty() ? nullptr : &page.constLast();
    } while (page.size() == 7);
    REQUIRE(names.size() == 30);
    CHECK(names.first() == u"Person N29"_s);
    CHECK(names.last() == u"Person N00"_s);
}

TEST_CASE("a live lead keeps its external id to itself, and removing a removed lead changes nothing",
          "[store][leads]") {
    Test::TempDatabase tmp;
    LeadRepository repo(tmp.db());
    Lead first = draft(u"Ada"_s, u"Lovelace"_s, {});
    first.externalId = u"CRM-7"_s;
    first = *repo.save(first);
    Lead second = draft(u"Grace"_s, u"Hopper"_s, {});
    second.externalId = u"CRM-7"_s;
    auto refused = repo.save(second);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"CRM-7"_s));

    REQUIRE(repo.remove(first.id));
    REQUIRE(repo.remove(first.id));
    CHECK(repo.get(first.id)->deleted);
    CHECK(repo.save(second)); // a removed lead no longer holds it

    auto missing = repo.restore(u"no-such-lead"_s);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message == u"The lead no longer exists."_s);
}
