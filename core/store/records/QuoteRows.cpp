#include "QuoteRows.h"

#include "store/db/FieldCodec.h"

using namespace Qt::StringLiterals;

namespace Fieldbook::QuoteRows {

Quote toQuote(const RecordRow& r) {
    Quote q;
    q.id = r.id();
    q.number = r.text(u"number");
    q.revision = int(r.integer(u"revision"));
    q.opportunityId = r.text(u"opportunity_id");
    q.accountId = r.text(u"account_id");
    q.contactId = r.text(u"contact_id");
    q.title = r.text(u"title");
    q.currency = r.text(u"currency");
    q.priceListId = r.text(u"price_list_id");
    if (!parseQuoteStatus(r.text(u"status"), &q.status))
        q.status = QuoteStatus::Draft;
    q.validUntil = FieldCodec::decodeDate(r.text(u"valid_until"));
    q.paymentTerms = r.text(u"payment_terms");
    q.notes = r.text(u"notes");
    q.sentAt = r.integer(u"sent_at");
    q.decidedAt = r.integer(u"decided_at");
    q.previousId = r.text(u"previous_id");
    q.ownerId = r.text(u"owner_id");
    q.createdAt = r.createdAt();
    q.updatedAt = r.updatedAt();
    q.deleted = r.deleted();
    return q;
}

RecordValues values(const Quote& q) {
    RecordValues v(RecordType::quotes());
    v.set(u"number", q.number)
        .set(u"revision", q.revision)
        .reference(u"opportunity_id", q.opportunityId)
        .reference(u"account_id", q.accountId)
        .reference(u"contact_id", q.contactId)
        .set(u"title", q.title)
        .set(u"currency", q.currency)
        .reference(u"price_list_id", q.priceListId)
        .set(u"status", quoteStatusKey(q.status))
        .set(u"valid_until", FieldCodec::encode(q.validUntil))
        .set(u"payment_terms", q.paymentTerms)
        .set(u"notes", q.notes)
        .set(u"sent_at", q.sentAt)
        .set(u"decided_at", q.decidedAt)
        .reference(u"previous_id", q.previousId)
        .reference(u"owner_id", q.ownerId);
    return v;
}

QuoteLine toLine(const RecordRow& r) {
    QuoteLine l;
    l.id = r.id();
    l.quoteId = r.text(u"quote_id");
    l.position = r.integer(u"position");
    if (!parseQuoteLineKind(r.text(u"kind"), &l.kind))
        l.kind = QuoteLine::Kind::Note;
    l.productId = r.text(u"product_id");
    l.description = r.text(u"description");
    l.unit = r.text(u"unit");
    l.amounts.quantity = Decimal4{r.integer(u"quantity")};
    l.amounts.unitPrice = r.integer(u"unit_price");
    setStoredDiscount(l.amounts, r.text(u"discount_kind"), r.integer(u"discount"));
    l.amounts.taxRate = Decimal4{r.integer(u"tax_rate")};
    l.ownerId = r.text(u"owner_id");
    l.deleted = r.deleted();
    return l;
}

RecordValues values(const QuoteLine& l) {
    const QuoteLineInput& a = l.amounts;
    RecordValues v(RecordType::quoteLines());
    v.set(u"quote_id", l.quoteId)
        .set(u"position", l.position)
        .set(u"kind", quoteLineKindKey(l.kind))
        .reference(u"product_id", l.productId)
        .set(u"description", l.description)
        .set(u"quantity", a.quantity.raw)
        .set(u"unit", l.unit)
        .set(u"unit_price", a.unitPrice)
        .set(u"discount_kind", discountKey(a.discount))
        .set(u"discount", storedDiscount(a))
        .set(u"tax_rate", a.taxRate.raw)
        .reference(u"owner_id", l.ownerId);
    return v;
}

} // namespace Fieldbook::QuoteRows
