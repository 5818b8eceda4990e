#pragma once

// What the quote tests of the store and of the quote lifecycle share: an opportunity of a customer
// with a contact, and drafts with lines, on 2026-12-02.

#include "TempDatabase.h"
#include "common/Clock.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"

#include <catch2/catch.hpp>

namespace Fieldbook::Test {

using namespace Qt::StringLiterals;

inline Decimal4 dec(const char* text) {
    return *Decimal4::parse(QString::fromUtf8(text));
}

inline QuoteLine item(const QString& quoteId, const QString& description, const char* quantity, qint64 unitPrice,
                      const char* taxRate) {
    QuoteLine l;
    l.quoteId = quoteId;
    l.description = description;
    l.amounts.quantity = dec(quantity);
    l.amounts.unitPrice = unitPrice;
    l.amounts.taxRate = dec(taxRate);
    return l;
}

struct QuoteFixture {
    TempDatabase tmp;
    Opportunity opportunity;

    QuoteFixture() {
        // 2026-12-02 12:00 UTC: quotes made now are valid until 2027-01-01.
        Clock::setSource([] { return qint64(1'796'212'800'000); });
        Account a;
        a.name = u"苏州智远科技有限公司"_s;
        a = *AccountRepository(tmp.db()).save(a);
        Contact c;
        c.firstName = u"芳"_s;
        c.lastName = u"王"_s;
        c.accountId = a.id;
        c = *ContactRepository(tmp.db()).save(c);
        Opportunity o;
        o.name = u"年度框架协议"_s;
        o.accountId = a.id;
        o.contactId = c.id;
        o.amount = 10'000'00;
        o.currency = u"CNY"_s;
        o.closeDate = QDate(2027, 3, 31);
        o.stage = u"proposal"_s;
        opportunity = *OpportunityRepository(tmp.db()).save(o);
    }
    ~QuoteFixture() { Clock::setSource({}); }
    QuoteRepository quotes() { return QuoteRepository(tmp.db()); }
    /// A draft with two items: 3 × 199.99 at 13 % and 2.5 h × 80.00 at 6 % with 10 % off.
    Quote draftWithLines() {
        Quote q = *quotes().createFromOpportunity(opportunity.id);
        REQUIRE(quotes().saveLine(item(q.id, u"工业网关 IG-500"_s, "3", 19999, "13")));
        QuoteLine service = item(q.id, u"Installation"_s, "2.5", 8000, "6");
        service.amounts.discount = QuoteLineInput::Discount::Percent;
        service.amounts.discountPercent = dec("10");
        REQUIRE(quotes().saveLine(service));
        return q;
    }
};

} // namespace Fieldbook::Test
