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

Attention attentionOf(const Opportunity& o, StageOutcome outcome, bool hasLines) {
    Attention attention;
    attention.setFlag(AttentionReason::NoAccount, o.accountId.isEmpty());
    attention.setFlag(AttentionReason::NoCloseDate, outcome == StageOutcome::Open && !o.closeDate.isValid());
    attention.setFlag(AttentionReason::NoAmount, outcome == StageOutcome::Open && o.amount == 0 && !hasLines);
    attention.setFlag(AttentionReason::NoLossReason,
                      outcome == StageOutcome::Lost && o.closeReason.trimmed().isEmpty());
    return attention;
}

QStringList attentionTexts(Attention attention) {
    static const std::pair<AttentionReason, const char*> texts[] = {
        {AttentionReason::NoAccount, QT_TRANSLATE_NOOP("Opportunity", "It has no account yet.")},
        {AttentionReason::NoCloseDate, QT_TRANSLATE_NOOP("Opportunity", "It has no expected close date.")},
        {AttentionReason::NoAmount, QT_TRANSLATE_NOOP("Opportunity", "It has no amount and no products.")},
        {AttentionReason::NoLossReason, QT_TRANSLATE_NOOP("Opportunity", "It was lost, but the reason is missing.")},
    };
    QStringList lines;
    for (const auto& [reason, text] : texts)
        if (attention.testFlag(reason))
            lines.append(QCoreApplication::translate("Opportunity", text));
    return lines;
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
