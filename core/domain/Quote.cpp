#include "Quote.h"

#include "common/KeyTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr KeyName<QuoteStatus> kStatuses[] = {
    {QuoteStatus::Draft, u"draft", QT_TRANSLATE_NOOP("Quote", "Draft")},
    {QuoteStatus::Sent, u"sent", QT_TRANSLATE_NOOP("Quote", "Sent")},
    {QuoteStatus::Accepted, u"accepted", QT_TRANSLATE_NOOP("Quote", "Accepted")},
    {QuoteStatus::Rejected, u"rejected", QT_TRANSLATE_NOOP("Quote", "Rejected")},
    {QuoteStatus::Expired, u"expired", QT_TRANSLATE_NOOP("Quote", "Expired")},
    {QuoteStatus::Superseded, u"superseded", QT_TRANSLATE_NOOP("Quote", "Superseded")},
};

constexpr KeyName<QuoteLine::Kind> kLineKinds[] = {
    {QuoteLine::Kind::Item, u"item", QT_TRANSLATE_NOOP("Quote", "Item")},
    {QuoteLine::Kind::Section, u"section", QT_TRANSLATE_NOOP("Quote", "Section")},
    {QuoteLine::Kind::Note, u"note", QT_TRANSLATE_NOOP("Quote", "Note")},
};

constexpr KeyName<QuoteLineInput::Discount> kDiscounts[] = {
    {QuoteLineInput::Discount::None, u"none", QT_TRANSLATE_NOOP("Quote", "No discount")},
    {QuoteLineInput::Discount::Percent, u"percent", QT_TRANSLATE_NOOP("Quote", "Percent")},
    {QuoteLineInput::Discount::Amount, u"amount", QT_TRANSLATE_NOOP("Quote", "Amount")},
};

} // namespace

QString quoteStatusKey(QuoteStatus status) {
    return keyOf(kStatuses, status);
}

bool parseQuoteStatus(const QString& key, QuoteStatus* status) {
    return parseKey(kStatuses, key, status);
}

QString quoteStatusName(QuoteStatus status) {
    return QCoreApplication::translate("Quote", nameOf(kStatuses, status));
}

QString quoteLineKindKey(QuoteLine::Kind kind) {
    return keyOf(kLineKinds, kind);
}

bool parseQuoteLineKind(const QString& key, QuoteLine::Kind* kind) {
    return parseKey(kLineKinds, key, kind);
}

QString discountKey(QuoteLineInput::Discount discount) {
    return keyOf(kDiscounts, discount);
}

bool parseDiscount(const QString& key, QuoteLineInput::Discount* discount) {
    return parseKey(kDiscounts, key, discount);
}

qint64 storedDiscount(const QuoteLineInput& amounts) {
    switch (amounts.discount) {
    case QuoteLineInput::Discount::Percent:
        return amounts.discountPercent.raw;
    case QuoteLineInput::Discount::Amount:
        return amounts.discountAmount;
    case QuoteLineInput::Discount::None:
        break;
    }
    return 0;
}

void setStoredDiscount(QuoteLineInput& amounts, const QString& key, qint64 value) {
    if (!parseDiscount(key, &amounts.discount))
        amounts.discount = QuoteLineInput::Discount::None;
    amounts.discountPercent = {};
    amounts.discountAmount = 0;
    if (amounts.discount == QuoteLineInput::Discount::Percent)
        amounts.discountPercent = Decimal4{value};
    else if (amounts.discount == QuoteLineInput::Discount::Amount)
        amounts.discountAmount = value;
}

QString Quote::displayNumber() const {
    return revision <= 1 ? number : number + u"-R"_s + QString::number(revision);
}

QuoteStatus Quote::effectiveStatus(const QDate& today) const {
    if (status == QuoteStatus::Sent && validUntil.isValid() && validUntil < today)
        return QuoteStatus::Expired;
    return status;
}

QList<QuoteLineInput> itemAmounts(const QList<QuoteLine>& lines) {
    QList<QuoteLineInput> items;
    for (const QuoteLine& line : lines)
        if (line.kind == QuoteLine::Kind::Item)
            items.append(line.amounts);
    return items;
}

} // namespace Fieldbook
