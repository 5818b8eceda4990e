#pragma once

#include "domain/Pipeline.h"
#include "domain/QuoteMath.h"

#include <QDate>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace Fieldbook {

/// A possible sale to an account, moving through a pipeline's stages (docs/architecture.md, Data conventions).
struct Opportunity {
    QString id;
    QString name;
    QString accountId;
    QString contactId; ///< the primary contact, if any
    qint64 amount = 0; ///< minor units of `currency`
    QString currency;  ///< ISO 4217
    QDate closeDate;   ///< expected, or actual once closed
    QString pipeline = QStringLiteral("standard");
    QString stage;            ///< a stage key of the pipeline
    int probability = 0;      ///< percent
    QString forecastCategory; ///< forecastCategoryKey()
    QString nextStep;
    QStringList competitors;
    QString closeReason; ///< why it was won or lost; required for a loss
    QString notes;
    QString ownerId;
    QString externalId; ///< the id in the system it was imported from, if any (unique when set)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
    bool deleted = false;
    friend bool operator==(const Opportunity&, const Opportunity&) = default;
};

/// What an opportunity lacks that the app asks for (docs/import-real-data.md, "Needs attention"):
/// imports from other systems bring deals without them, flagged instead of refused. Derived from
/// the record, never stored.
enum class AttentionReason : quint8 {
    NoAccount = 0x1,    ///< no account yet
    NoCloseDate = 0x2,  ///< open, without an expected close date
    NoAmount = 0x4,     ///< open, amount 0 and no product lines
    NoLossReason = 0x8, ///< lost, without the reason
};
Q_DECLARE_FLAGS(Attention, AttentionReason)
Q_DECLARE_OPERATORS_FOR_FLAGS(Attention)

/// What `o` lacks in a stage with `outcome`; `hasLines`: it has live product lines.
[[nodiscard]] Attention attentionOf(const Opportunity& o, StageOutcome outcome, bool hasLines);
/// One translated sentence per reason ("It has no account yet."), in the order of AttentionReason.
[[nodiscard]] QStringList attentionTexts(Attention attention);

/// The usual reasons for losing a deal, as stored ("Price too high", ...); a reason typed by hand
/// is stored as typed.
QStringList lossReasons();
/// A stored close reason in the user's language (a typed one as it is).
QString lossReasonName(const QString& reason);
/// What to store for a reason picked or typed in the user's language.
QString lossReasonKey(const QString& shown);

/// A product (or a free-text item) the customer is expected to buy. While an opportunity has
/// lines, its amount is their net total (OpportunityLineRepository keeps it so).
struct OpportunityLine {
    QString id;
    QString opportunityId;
    qint64 position = 0;
    QString productId; ///< empty for a free-text item
    QString description;
    /// Quantity, unit price (minor units of the opportunity's currency) and discount, as on a
    /// quote line, so that lines move between opportunities and quotes unchanged. No tax: an
    /// opportunity's amount is net (the tax rate is ignored and stored nowhere).
    QuoteLineInput amounts;
    QString ownerId;
    friend bool operator==(const OpportunityLine&, const OpportunityLine&) = default;

    /// quantity × unit price less the discount, rounded like a quote line (QuoteMath).
    [[nodiscard]] Result<qint64> net() const;
};

/// One change of an opportunity's stage, amount or close date, kept for velocity, stage durations
/// and forecast snapshots.
struct OpportunityChange {
    QString id;
    QString opportunityId;
    QString field;    ///< stage, amount, close_date
    QString oldValue; ///< empty for the first value; amounts as integers of minor units, dates ISO
    QString newValue;
    qint64 changedAt = 0; ///< ms since the epoch, UTC
    QString ownerId;
    friend bool operator==(const OpportunityChange&, const OpportunityChange&) = default;
};

} // namespace Fieldbook
