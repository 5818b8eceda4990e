#include "Opportunity.h"

#include "common/Picklist.h"

#include <QCoreApplication>

namespace Fieldbook {

namespace {

const Picklist& lossPicklist() {
    static const Picklist list("LossReason",
                               {
                                   {"Price too high", QT_TRANSLATE_NOOP("LossReason", "Price too high")},
                                   {"Chose a competitor", QT_TRANSLATE_NOOP("LossReason", "Chose a competitor")},
                                   {"No budget this year", QT_TRANSLATE_NOOP("LossReason", "No budget this year")},
                                   {"No decision", QT_TRANSLATE_NOOP("LossReason", "No decision")},
                                   {"Project cancelled", QT_TRANSLATE_NOOP("LossReason", "Project cancelled")},
                                   {"Timing", QT_TRANSLATE_NOOP("LossReason", "Timing")},
                                   {"Missing features", QT_TRANSLATE_NOOP("LossReason", "Missing features")},
                               });
    return list;
}

} // namespace

QStringList lossReasons() {
    return lossPicklist().keys();
}

QString lossReasonName(const QString& reason) {
    return lossPicklist().name(reason);
}

QString lossReasonKey(const QString& shown) {
    return lossPicklist().key(shown);
}

Result<qint64> OpportunityLine::net() const {
    QuoteLineInput input = amounts;
    input.taxRate = {};
    auto totals = computeLine(input);
    if (!totals)
        return std::unexpected(totals.error());
    return totals->net;
}

} // namespace Fieldbook
