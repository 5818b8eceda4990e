#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/AttachmentRepository.h"
#include "store/records/ContactRepository.h"
#include "store/write/Outbox.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {
Account company(const QString& name, const QString& website = {}) {
    Account a;
    a.name = name;
    a.website = website;
    return a;
}
} // namespace

TEST_CASE("an account keeps money in minor units and is validated", "[store][accounts]") {
    Test::TempDatabase tmp;
    AccountRepository accounts(tmp.db());
    Account a = company(u"Contoso"_s, u"https://www.contoso.example"_s);
    a.annualRevenue = 123'456'789'01; // 1,234,567,890.01
    a.currency = u"eur"_s;
    a.phones.append({u"work"_s, u"+49 30 1234567"_s});
    auto saved = accounts.save(a);
    REQUIRE(saved.has_value());
    CHECK(saved->currency == u"EUR"_s);
    tmp.reopen();
    auto loaded = AccountRepository(tmp.db()).get(saved->id);
    CHECK(loaded->annualRevenue == 123'456'789'01);

    Account bad = company(u"X"_s);
    bad.currency = u"EURO"_s;
    CHECK_FALSE(accounts.save(bad).has_value());
    bad = company(u"X"_s);
    bad.annualRevenue = -1;
    CHECK_FALSE(accounts.save(bad).has_value());
}

TEST_CASE("an account cannot become its own ancestor", "[store][accounts]") {
    Test::TempDatabase tmp;
    AccountRepository accounts(tmp.db());
    auto parent = accounts.save(company(u"Holding"_s));
    Account childData = company(u"Subsidiary"_s);
    childData.parentId = parent->id;
    auto child = accounts.save(childData);
    REQUIRE(child.has_value());
    Account loop = *parent;
    loop.parentId = child->id;
    auto refused = accounts.save(loop);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("similar company names, shared phones and websites are reported as duplicates", "[store][accounts]") {
    Test::TempDatabase tmp;
    AccountRepository accounts(tmp.db());
    REQUIRE(accounts.save(company(u"Northwind Traders Ltd."_s, u"northwind.example"_s)).has_value());
    REQUIRE(accounts.save(company(u"华信科技有限公司"_s)).has_value());

    auto sameName = accounts.findDuplicates(company(u"northwind traders"_s));
    REQUIRE(sameName->size() == 1);
    CHECK(sameName->first().reason == DuplicateCandidate::Reason::SimilarName);
    CHECK(accounts.findDuplicates(company(u"Northwind Tradres"_s))->size() == 1);
    CHECK(accounts.findDuplicates(company(u"华信科技"_s))->size() == 1);
    auto sameSite = accounts.findDuplicates(company(u"NW"_s, u"http://www.northwind.example/about"_s));
    REQUIRE(sameSite->size() == 1);
    CHECK(sameSite->first().reason == DuplicateCandidate::Reason::SameWebsite);
    CHECK(accounts.findDuplicates(company(u"Southwind"_s))->isEmpty());
}

TEST_CASE("attachments are size-limited, stored once per content and restorable", "[store][attachments]") {
    Test::TempDatabase tmp;
    auto acme = AccountRepository(tmp.db()).save(company(u"Acme"_s));
    AttachmentRepository attachments(tmp.db());
    auto first = attachments.addData(u"accounts"_s, acme->id, u"a.txt"_s, "same bytes");
    auto second = attachments.addData(u"accounts"_s, acme->id, u"b.txt"_s, "same bytes");
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK(first->sha256 == second->sha256);
    CHECK(first->sha256.size() == 64);
    CHECK(first->mimeType == u"text/plain"_s);

    auto tooBig = attachments.addData(u"accounts"_s, acme->id, u"big.bin"_s,
                                      QByteArray(AttachmentRepository::kMaxSize + 1, '\0'));
    REQUIRE_FALSE(tooBig.has_value());
    CHECK(tooBig.error().message.contains(u"big.bin"_s));

    auto missing = attachments.add(u"accounts"_s, acme->id, tmp.dir() + u"/nope.pdf"_s);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().message.contains(u"nope.pdf"_s));

    REQUIRE(attachments.remove(first->id).has_value());
    CHECK(attachments.forRecord(acme->id)->size() == 1);
    REQUIRE(attachments.restore(first->id).has_value());
    CHECK(attachments.forRecord(acme->id)->size() == 2);

    const QString out = tmp.dir() + u"/out.txt"_s;
    REQUIRE(attachments.saveTo(first->id, out).has_value());
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "same bytes");
}

TEST_CASE("activities need a subject and a live contact or account", "[store][activities]") {
    Test::TempDatabase tmp;
    ActivityRepository activities(tmp.db());
    Activity a;
    a.kind = ActivityKind::Call;
    a.subject = u"Intro call"_s;
    a.startsAt = 1'700'000'000'000;
    auto unlinked = activities.save(a);
    REQUIRE_FALSE(unlinked.has_value());
    CHECK(unlinked.error().code == ErrorCode::InvalidInput);

    auto acme = AccountRepository(tmp.db()).save(company(u"Acme"_s));
    a.accountId = acme->id;
    auto saved = activities.save(a);
    REQUIRE(saved.has_value());
    REQUIRE(activities.remove(saved->id).has_value());
    CHECK(activities.forAccount(acme->id)->isEmpty());
    REQUIRE(activities.restore(saved->id).has_value());
    CHECK(activities.forAccount(acme->id)->size() == 1);
}

TEST_CASE("an account's quote language is a locale name and travels through sync", "[store][accounts][quotes]") {
    Test::TempDatabase tmp;
    AccountRepository repo(tmp.db());
    Account a = company(u"苏州智远科技有限公司"_s);
    a.language = u"Chinese"_s;
    CHECK_FALSE(repo.save(a));
    a.language = u" zh_CN "_s;
    const auto saved = repo.save(a);
    REQUIRE(saved);
    CHECK(repo.get(saved->id)->language == u"zh_CN"_s);
    const auto outbox = *Outbox(tmp.db()).entries(saved->id);
    REQUIRE(outbox.size() == 1);
    CHECK(outbox.first().fields.value(u"language"_s).toString() == u"zh_CN"_s);
    Account plain = *repo.get(saved->id);
    plain.language.clear(); // the language of whoever prints
    REQUIRE(repo.save(plain));
    CHECK(repo.get(saved->id)->language.isEmpty());
}

TEST_CASE("an external id stays with its account, even a removed one", "[store][accounts]") {
    Test::TempDatabase tmp;
    AccountRepository repo(tmp.db());
    Account first;
    first.name = u"Acme"_s;
    first.currency = u"EUR"_s;
    first.externalId = u"ERP-1"_s;
    first = *repo.save(first);
    CHECK(repo.save(first)); // saving it again is no clash with itself
    Account second = first;
    second.id.clear();
    second.name = u"Acme Two"_s;
    REQUIRE(repo.remove(first.id));
    auto refused = repo.save(second);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"ERP-1"_s));
}
