#include "StringMakers.h"
#include "TempDatabase.h"
#include "protocol/RecordType.h"
#include "services/StatsService.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/LeadRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/write/Outbox.h"
#include "workflows/LeadConversion.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 5, 4);

struct Fixture {
    Test::TempDatabase tmp;

    QString lead(const QString& first, const QString& last, const QString& company, const QString& email = {},
                 const QString& phone = {}) {
        Lead l;
        l.firstName = first;
        l.lastName = last;
        l.company = company;
        l.email = email;
        l.phone = phone;
        l.title = u"Head of IT"_s;
        l.source = u"Trade fair"_s;
        l.notes = u"Met at the booth."_s;
        auto saved = LeadRepository(tmp.db()).save(l);
        REQUIRE(saved);
        return saved->id;
    }
    QString account(const QString& name, const QString& website = {}) {
        Account a;
        a.name = name;
        a.website = website;
        auto saved = AccountRepository(tmp.db()).save(a);
        REQUIRE(saved);
        return saved->id;
    }
    QString contact(const QString& first, const QString& last, const QString& accountId, const QString& email = {}) {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.accountId = accountId;
        if (!email.isEmpty())
            c.emails.append({u"work"_s, email});
        auto saved = ContactRepository(tmp.db()).save(c);
        REQUIRE(saved);
        return saved->id;
    }
    StoreStats stats() {
        auto s = StatsService::collect(tmp.db());
        REQUIRE(s);
        return *s;
    }
    LeadConversionPlan plan(const QString& leadId) {
        auto p = LeadConversion(tmp.db()).plan(leadId, kToday);
        REQUIRE(p);
        return *p;
    }
};

QStringList ids(const QList<LeadMatch>& matches) {
    QStringList list;
    for (const LeadMatch& m : matches)
        list.append(m.id);
    return list;
}

} // namespace

TEST_CASE("a lead without matches converts into a new account, contact and opportunity in one step",
          "[services][leads][conversion]") {
    Fixture f;
    const QString leadId =
        f.lead(u"Jane"_s, u"Roe"_s, u"Initech GmbH"_s, u"jane@initech.example"_s, u"+49 30 1234567"_s);
    const LeadConversionPlan plan = f.plan(leadId);
    CHECK(plan.accounts.isEmpty());
    CHECK(plan.contacts.isEmpty());
    CHECK(plan.proposed.accountId.isEmpty());
    CHECK(plan.proposed.contactId.isEmpty());
    CHECK(plan.proposed.opportunityName == u"Initech GmbH – Jane Roe"_s);
    CHECK(plan.proposed.closeDate == QDate(2026, 6, 3));

    LeadConversionChoices choices = plan.proposed;
    choices.amount = 4'200'000;
    choices.currency = u"EUR"_s;
    auto done = LeadConversion(f.tmp.db()).convert(leadId, choices);
    REQUIRE(done);
    CHECK(done->accountCreated);
    CHECK(done->contactCreated);

    const Account account = *AccountRepository(f.tmp.db()).get(done->accountId);
    CHECK(account.name == u"Initech GmbH"_s);
    const Contact contact = *ContactRepository(f.tmp.db()).get(done->contactId);
    CHECK(contact.displayName() == u"Jane Roe"_s);
    CHECK(contact.accountId == account.id);
    CHECK(contact.title == u"Head of IT"_s);
    REQUIRE(contact.emails.size() == 1);
    CHECK(contact.emails.first().value == u"jane@initech.example"_s);
    REQUIRE(contact.phones.size() == 1);
    CHECK(contact.notes == u"Met at the booth."_s);
    const Opportunity o = *OpportunityRepository(f.tmp.db()).get(done->opportunityId);
    CHECK(o.accountId == account.id);
    CHECK(o.contactId == contact.id);
    CHECK(o.stage == u"prospecting"_s);
    CHECK(o.amount == 4'200'000);
    CHECK(o.currency == u"EUR"_s);
    CHECK(o.closeDate == QDate(2026, 6, 3));
    CHECK(o.notes.contains(u"Trade fair"_s));

    const Lead lead = *LeadRepository(f.tmp.db()).get(leadId);
    CHECK(lead.status == LeadStatus::Converted);
    CHECK(lead.convertedAccountId == account.id);
    CHECK(lead.convertedContactId == contact.id);
    CHECK(lead.convertedOpportunityId == o.id);
    CHECK(done->lead == lead);

    // Everything the conversion wrote is on its way to the server.
    QStringList tables;
    const auto outbox = Outbox(f.tmp.db()).entries();
    REQUIRE(outbox);
    for (const OutboxEntry& e : *outbox)
        if (e.op == u"insert"_s || e.recordId == leadId)
            tables.append(e.table);
    for (const QString& table : {u"accounts"_s, u"contacts"_s, u"opportunities"_s, u"leads"_s})
        CHECK(tables.contains(table));

    auto again = LeadConversion(f.tmp.db()).convert(leadId, choices);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(u"already converted"_s));
    CHECK(f.stats().of(RecordType::accounts()) == 1);
}

TEST_CASE("a lead matching an existing account and contact converts into them without duplicates",
          "[services][leads][conversion]") {
    Fixture f;
    const QString acme = f.account(u"ACME Corporation Inc."_s);
    const QString jane = f.contact(u"Jane"_s, u"Roe"_s, acme, u"jane.roe@acme.example"_s);
    f.account(u"Globex"_s);
    const QString leadId = f.lead(u"Jane"_s, u"Roe"_s, u"Acme Corporation"_s, u"JANE.ROE@acme.example"_s);
    const StoreStats before = f.stats();

    const LeadConversionPlan plan = f.plan(leadId);
    REQUIRE(plan.accounts.size() == 1);
    CHECK(plan.accounts.first().id == acme);
    CHECK(plan.accounts.first().reason == LeadMatchReason::ContactsAccount);
    REQUIRE(plan.contacts.size() == 1);
    CHECK(plan.contacts.first().id == jane);
    CHECK(plan.contacts.first().reason == LeadMatchReason::SameEmail);
    CHECK(plan.contacts.first().detail.contains(u"ACME Corporation Inc."_s));
    CHECK(plan.proposed.accountId == acme);
    CHECK(plan.proposed.contactId == jane);

    auto done = LeadConversion(f.tmp.db()).convert(leadId, plan.proposed);
    REQUIRE(done);
    CHECK_FALSE(done->accountCreated);
    CHECK_FALSE(done->contactCreated);
    CHECK(done->accountId == acme);
    CHECK(done->contactId == jane);
    const StoreStats after = f.stats();
    CHECK(after.of(RecordType::accounts()) == before.of(RecordType::accounts()));
    CHECK(after.of(RecordType::contacts()) == before.of(RecordType::contacts()));
    CHECK(after.of(RecordType::opportunities()) == before.of(RecordType::opportunities()) + 1);
    // The existing contact gains the lead's title it lacked; its own details stay.
    const Contact contact = *ContactRepository(f.tmp.db()).get(jane);
    CHECK(contact.title == u"Head of IT"_s);
    CHECK(contact.emails.first().value == u"jane.roe@acme.example"_s);
}

TEST_CASE("a CJK lead is matched by company name and by name at that company", "[services][leads][conversion]") {
    Fixture f;
    const QString huawei = f.account(u"华为技术有限公司"_s);
    const QString fang = f.contact(u"芳"_s, u"王"_s, huawei);
    f.contact(u"芳"_s, u"李"_s, huawei);
    const QString leadId = f.lead(u"芳"_s, u"王"_s, u"华为技术"_s);

    const LeadConversionPlan plan = f.plan(leadId);
    REQUIRE_FALSE(plan.accounts.isEmpty());
    CHECK(plan.accounts.first().id == huawei);
    CHECK(plan.accounts.first().reason == LeadMatchReason::SameName);
    CHECK(plan.proposed.accountId == huawei);
    REQUIRE_FALSE(plan.contacts.isEmpty());
    CHECK(plan.contacts.first().id == fang);
    CHECK(plan.contacts.first().name == u"王芳"_s);
    CHECK(plan.contacts.first().reason == LeadMatchReason::SameName);
    CHECK(plan.proposed.contactId == fang);
    CHECK(plan.proposed.opportunityName == u"华为技术 – 王芳"_s);

    auto done = LeadConversion(f.tmp.db()).convert(leadId, plan.proposed);
    REQUIRE(done);
    CHECK(done->accountId == huawei);
    CHECK(done->contactId == fang);
    CHECK(f.stats().of(RecordType::contacts()) == 2);
}

TEST_CASE("similar names and shared phones are offered but not used unless chosen", "[services][leads][conversion]") {
    Fixture f;
    const QString similar = f.account(u"Northwind Traders"_s);
    const QString leadId = f.lead(u"Ann"_s, u"Lee"_s, u"Northwind Tradres"_s);
    const LeadConversionPlan plan = f.plan(leadId);
    REQUIRE(plan.accounts.size() == 1);
    CHECK(plan.accounts.first().id == similar);
    CHECK(plan.accounts.first().reason == LeadMatchReason::SimilarName);
    CHECK_FALSE(plan.accounts.first().isStrong());
    CHECK(plan.proposed.accountId.isEmpty());

    // The user picks the offered account; the conversion uses it.
    LeadConversionChoices choices = plan.proposed;
    choices.accountId = similar;
    auto done = LeadConversion(f.tmp.db()).convert(leadId, choices);
    REQUIRE(done);
    CHECK(done->accountId == similar);
    CHECK(f.stats().of(RecordType::accounts()) == 1);
}

TEST_CASE("the caller may create new records even where matches exist", "[services][leads][conversion]") {
    Fixture f;
    const QString acme = f.account(u"Acme"_s, u"https://www.acme.example"_s);
    f.contact(u"Jane"_s, u"Roe"_s, acme);
    const QString leadId = f.lead(u"Jane"_s, u"Roe"_s, u"Acme (Europe)"_s, u"jane@acme.example"_s);
    const LeadConversionPlan plan = f.plan(leadId);
    CHECK(ids(plan.accounts).contains(acme));
    CHECK(plan.proposed.accountId == acme); // the e-mail's domain is the account's website
    LeadConversionChoices choices = plan.proposed;
    choices.accountId.clear();
    choices.contactId.clear();
    choices.createOpportunity = false;
    auto done = LeadConversion(f.tmp.db()).convert(leadId, choices);
    REQUIRE(done);
    CHECK(done->accountCreated);
    CHECK(done->contactCreated);
    CHECK(done->opportunityId.isEmpty());
    CHECK(AccountRepository(f.tmp.db()).get(done->accountId)->name == u"Acme (Europe)"_s);
    CHECK(f.stats().of(RecordType::accounts()) == 2);
    CHECK(f.stats().of(RecordType::opportunities()) == 0);
}

TEST_CASE("a conversion that fails part-way leaves no account, contact or change behind",
          "[services][leads][conversion]") {
    Fixture f;
    const QString leadId = f.lead(u"Jane"_s, u"Roe"_s, u"Initech"_s, u"jane@initech.example"_s);
    const qsizetype outboxBefore = Outbox(f.tmp.db()).entries()->size();
    LeadConversionChoices choices = f.plan(leadId).proposed;
    choices.closeDate = {}; // the opportunity, made last, is refused
    auto failed = LeadConversion(f.tmp.db()).convert(leadId, choices);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::InvalidInput);
    CHECK(failed.error().message.contains(u"close date"_s));
    CHECK(f.stats().of(RecordType::accounts()) == 0);
    CHECK(f.stats().of(RecordType::contacts()) == 0);
    CHECK(Outbox(f.tmp.db()).entries()->size() == outboxBefore);
    CHECK(LeadRepository(f.tmp.db()).get(leadId)->status == LeadStatus::New);

    choices = f.plan(leadId).proposed;
    choices.accountId = u"no-such-account"_s;
    auto missing = LeadConversion(f.tmp.db()).convert(leadId, choices);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);

    REQUIRE(LeadRepository(f.tmp.db()).disqualify(leadId, u"Competitor"_s));
    auto disqualified = LeadConversion(f.tmp.db()).convert(leadId, f.plan(leadId).proposed);
    REQUIRE_FALSE(disqualified);
    CHECK(disqualified.error().message.contains(u"disqualified"_s));

    const QString noCompany = f.lead(u"Solo"_s, u"Trader"_s, {});
    auto needsCompany = LeadConversion(f.tmp.db()).convert(noCompany, f.plan(noCompany).proposed);
    REQUIRE_FALSE(needsCompany);
    CHECK(needsCompany.error().message.contains(u"no company"_s));
    CHECK(f.stats().of(RecordType::accounts()) == 0);
}

TEST_CASE("the calls logged for a lead show on the contact and account it is converted into", "[leads][conversion]") {
    Fixture f;
    const QString leadId = f.lead(u"Jane"_s, u"Roe"_s, u"Initech GmbH"_s, u"jane@initech.example"_s);
    ActivityRepository activities(f.tmp.db());
    Activity call;
    call.kind = ActivityKind::Call;
    call.subject = u"First call"_s;
    call.startsAt = QDateTime(kToday, QTime(9, 30)).toMSecsSinceEpoch();
    call.leadId = leadId;
    REQUIRE(activities.save(call));

    auto done = LeadConversion(f.tmp.db()).convert(leadId, f.plan(leadId).proposed);
    REQUIRE(done);
    const auto onContact = activities.forContact(done->contactId);
    REQUIRE(onContact->size() == 1);
    CHECK(onContact->first().subject == u"First call"_s);
    CHECK(onContact->first().leadId == leadId); // still the lead's as well
    CHECK(activities.forAccount(done->accountId)->size() == 1);
    CHECK(activities.forLead(leadId)->size() == 1);
}
