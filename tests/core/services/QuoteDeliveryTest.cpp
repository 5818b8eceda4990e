#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/QuoteDelivery.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Customer {
    Test::TempDatabase tmp;
    Account account;
    Contact contact;
    Quote quote;

    Customer() {
        account.name = u"Northwind Traders"_s;
        account = *AccountRepository(tmp.db()).save(account);
        contact.firstName = u"Nancy"_s;
        contact.lastName = u"Davolio"_s;
        contact.accountId = account.id;
        contact.emails = {{u"work"_s, u"nancy@northwind.example"_s}, {u"home"_s, u"nancy@home.example"_s}};
        contact = *ContactRepository(tmp.db()).save(contact);
        Opportunity o;
        o.name = u"Fleet renewal"_s;
        o.accountId = account.id;
        o.contactId = contact.id;
        o.currency = u"EUR"_s;
        o.closeDate = QDate::currentDate().addMonths(1);
        o.stage = u"proposal"_s;
        o = *OpportunityRepository(tmp.db()).save(o);
        quote = *QuoteRepository(tmp.db()).createFromOpportunity(o.id);
    }
};

} // namespace

TEST_CASE("sending a quote marks it sent and notes it on the customer's timeline at once", "[services][quotes]") {
    Customer c;
    QuoteDelivery delivery(c.tmp.db());
    QuoteLifecycle lifecycle(c.tmp.db());
    CHECK(delivery.recipient(c.quote) == u"nancy@northwind.example"_s);

    // Nothing to send: neither the status nor the timeline changes.
    CHECK_FALSE(lifecycle.markSent(c.quote.id, QDate::currentDate(), ActivityKind::Email, u"to Nancy"_s));
    CHECK(ActivityRepository(c.tmp.db()).forAccount(c.account.id)->isEmpty());

    REQUIRE(QuoteRepository(c.tmp.db()).addItem(c.quote.id, u"Service plan"_s));
    const auto sent =
        lifecycle.markSent(c.quote.id, QDate::currentDate(), ActivityKind::Email, u"Sent to nancy@northwind.example"_s);
    REQUIRE(sent);
    CHECK(sent->status == QuoteStatus::Sent);
    CHECK(QuoteRepository(c.tmp.db()).get(c.quote.id)->status == QuoteStatus::Sent);
    const auto timeline = *ActivityRepository(c.tmp.db()).forAccount(c.account.id);
    REQUIRE(timeline.size() == 1);
    const Activity& logged = timeline.first();
    CHECK(logged.kind == ActivityKind::Email);
    CHECK(logged.subject.contains(c.quote.displayNumber()));
    CHECK(logged.subject.contains(u"Fleet renewal"_s));
    CHECK(logged.notes == u"Sent to nancy@northwind.example"_s);
    CHECK(logged.accountId == c.account.id);
    CHECK(logged.contactId == c.contact.id);
    CHECK(logged.done);

    // Sent once: a second send is refused and logs nothing more.
    CHECK_FALSE(lifecycle.markSent(c.quote.id, QDate::currentDate(), ActivityKind::Email, u"again"_s));
    CHECK(ActivityRepository(c.tmp.db()).forAccount(c.account.id)->size() == 1);
}

TEST_CASE("a quote whose contact has no address goes to no one in particular", "[services][quotes]") {
    Customer c;
    Contact silent = c.contact;
    silent.emails.clear();
    REQUIRE(ContactRepository(c.tmp.db()).save(silent));
    CHECK(QuoteDelivery(c.tmp.db()).recipient(c.quote) == QString());
    Quote noContact = c.quote;
    noContact.contactId.clear();
    CHECK(QuoteDelivery(c.tmp.db()).recipient(noContact) == QString());
}
