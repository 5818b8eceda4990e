#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/AttachmentRepository.h"
#include "store/records/ContactRepository.h"
#include "store/write/Outbox.h"
#include "workflows/RecordMerge.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

Contact person(const QString& first, const QString& last, const QString& email = {}) {
    Contact c;
    c.firstName = first;
    c.lastName = last;
    if (!email.isEmpty())
        c.emails.append({u"work"_s, email});
    return c;
}

Account company(const QString& name) {
    Account a;
    a.name = name;
    return a;
}

} // namespace

TEST_CASE("merging two contacts keeps every activity and attachment on the survivor", "[workflows][contacts][merge]") {
    Test::TempDatabase tmp;
    ContactRepository contacts(tmp.db());
    ActivityRepository activities(tmp.db());
    AttachmentRepository attachments(tmp.db());
    auto keep = contacts.save(person(u"Mei"_s, u"Chen"_s, u"mei@example.cn"_s));
    Contact otherData = person(u"梅"_s, u"陈"_s, u"chen.mei@example.cn"_s);
    otherData.title = u"采购经理"_s;
    otherData.tags = {u"vip"_s};
    auto other = contacts.save(otherData);
    REQUIRE(keep.has_value());
    REQUIRE(other.has_value());
    for (const auto& id : {keep->id, other->id}) {
        Activity a;
        a.kind = ActivityKind::Call;
        a.subject = u"Call "_s + id.left(4);
        a.startsAt = 1'700'000'000'000;
        a.contactId = id;
        REQUIRE(activities.save(a).has_value());
    }
    REQUIRE(attachments.addData(u"contacts"_s, other->id, u"card.txt"_s, "hello").has_value());

    auto merged = RecordMerge(tmp.db()).contacts(keep->id, other->id);
    REQUIRE(merged.has_value());
    CHECK(merged->title == u"采购经理"_s);
    CHECK(merged->emails.size() == 2);
    CHECK(merged->tags == QStringList{u"vip"_s});
    CHECK(activities.forContact(keep->id)->size() == 2);
    CHECK(activities.forContact(other->id)->isEmpty());
    REQUIRE(attachments.forRecord(keep->id)->size() == 1);
    CHECK(attachments.data(attachments.forRecord(keep->id)->first().id).value() == "hello");
    CHECK(contacts.get(other->id)->deleted);
}

TEST_CASE("a failing step inside a merge leaves both records untouched", "[workflows][contacts][merge]") {
    Test::TempDatabase tmp;
    ContactRepository contacts(tmp.db());
    auto keep = contacts.save(person(u"A"_s, u"One"_s));
    auto other = contacts.save(person(u"B"_s, u"Two"_s));
    REQUIRE(contacts.remove(other->id).has_value());
    auto merged = RecordMerge(tmp.db()).contacts(keep->id, other->id);
    REQUIRE_FALSE(merged.has_value());
    CHECK_FALSE(contacts.get(keep->id)->deleted);
    CHECK(contacts.get(keep->id)->lastName == u"One"_s);
}
TEST_CASE("merging accounts moves contacts, activities, attachments and subsidiaries", "[workflows][accounts][merge]") {
    Test::TempDatabase tmp;
    AccountRepository accounts(tmp.db());
    ContactRepository contacts(tmp.db());
    auto keep = accounts.save(company(u"Fabrikam"_s));
    auto other = accounts.save(company(u"Fabrikam Inc"_s));
    Account sub = company(u"Fabrikam Labs"_s);
    sub.parentId = other->id;
    auto subsidiary = accounts.save(sub);
    Contact c;
    c.firstName = u"Pat"_s;
    c.accountId = other->id;
    auto pat = contacts.save(c);
    Activity visit;
    visit.kind = ActivityKind::Visit;
    visit.subject = u"Site visit"_s;
    visit.startsAt = 1'700'000'000'000;
    visit.accountId = other->id;
    REQUIRE(ActivityRepository(tmp.db()).save(visit).has_value());
    REQUIRE(AttachmentRepository(tmp.db()).addData(u"accounts"_s, other->id, u"nda.pdf"_s, "%PDF-1.4").has_value());

    auto merged = RecordMerge(tmp.db()).accounts(keep->id, other->id);
    REQUIRE(merged.has_value());
    CHECK(contacts.get(pat->id)->accountId == keep->id);
    CHECK(accounts.get(subsidiary->id)->parentId == keep->id);
    CHECK(ActivityRepository(tmp.db()).forAccount(keep->id)->size() == 1);
    CHECK(AttachmentRepository(tmp.db()).forRecord(keep->id)->size() == 1);
    CHECK(accounts.get(other->id)->deleted);
}

TEST_CASE("an account merge refused part-way leaves both accounts and everything they hold as it was",
          "[workflows][accounts][merge]") {
    Test::TempDatabase tmp;
    AccountRepository accounts(tmp.db());
    ContactRepository contacts(tmp.db());
    auto other = accounts.save(company(u"Fabrikam Inc"_s));
    Account lab = company(u"Fabrikam Labs"_s);
    lab.parentId = other->id;
    auto labs = accounts.save(lab);
    // The kept account belongs to the other's subsidiary: that subsidiary cannot move under it.
    Account k = company(u"Fabrikam"_s);
    k.parentId = labs->id;
    auto keep = accounts.save(k);
    Contact c = person(u"Pat"_s, u"Lee"_s);
    c.accountId = other->id;
    auto pat = contacts.save(c); // moved before the subsidiary is refused
    REQUIRE(pat);
    const auto pushes = Outbox(tmp.db()).entries()->size();

    auto merged = RecordMerge(tmp.db()).accounts(keep->id, other->id);
    REQUIRE_FALSE(merged);
    CHECK(contacts.get(pat->id)->accountId == other->id);
    CHECK(accounts.get(labs->id)->parentId == other->id);
    CHECK_FALSE(accounts.get(other->id)->deleted);
    CHECK(*accounts.get(keep->id) == *keep);
    CHECK(Outbox(tmp.db()).entries()->size() == pushes);
}

TEST_CASE("merging the fields of two records fills, unites and appends", "[workflows][merge]") {
    Contact keep = person(u"Mei"_s, {}, u"mei@example.cn"_s);
    keep.notes = u"Met in Suzhou."_s;
    Contact other = person(u"梅"_s, u"陈"_s, u"mei@example.cn"_s);
    other.phones.append({u"mobile"_s, u"+86 139 0000 0000"_s});
    other.notes = u"Prefers WeChat."_s;
    other.doNotCall = true;
    const Contact m = RecordMerge::mergedContact(keep, other);
    CHECK(m.firstName == u"Mei"_s);
    CHECK(m.lastName == u"陈"_s);
    CHECK(m.emails.size() == 1);
    CHECK(m.phones.size() == 1);
    CHECK(m.notes == u"Met in Suzhou.\n\nPrefers WeChat."_s);
    CHECK(m.doNotCall);

    Account parent = company(u"Holding"_s);
    parent.id = u"keep"_s;
    Account child = company(u"Holding Labs"_s);
    child.id = u"other"_s;
    child.parentId = u"keep"_s;
    child.annualRevenue = 500'000'00;
    child.currency = u"EUR"_s;
    const Account a = RecordMerge::mergedAccount(parent, child);
    CHECK(a.parentId.isEmpty()); // never its own parent
    CHECK(a.annualRevenue == 500'000'00);
    CHECK(a.currency == u"EUR"_s);
}
