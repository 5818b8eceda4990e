#pragma once

#include "common/Error.h"
#include "domain/Opportunity.h"

#include <optional>

namespace Fieldbook {

class Database;

/// Reads and writes opportunities; the only write path for them. Every save that changes the
/// stage, amount or close date also records the change in the opportunity's history, in the same
/// transaction and through the outbox like the opportunity itself.
class OpportunityRepository final {
public:
    /// How save() dates an opportunity that reaches its pipeline's Won or Lost stage.
    enum class ClosingDate {
        TodayUnlessChanged, ///< today, unless the same save changes the close date (or a new one has one)
        AsGiven,            ///< the close date given: the user or the source chose it
    };

    /// What save() does when the opportunity lacks what the app asks for: an account, for an open
    /// one an expected close date, for a lost one the reason (docs/import-real-data.md).
    enum class Gaps {
        /// Refused, except what the stored opportunity lacked already: a new one needs them all; one
        /// imported without them can still be moved and edited, and keeps needing attention.
        Refused,
        /// Accepted (imports, undo): the opportunity then needs attention (attentionOf()).
        Accepted,
    };

    explicit OpportunityRepository(Database& db);

    /// The opportunity, tombstoned or not; NotFound when the id is unknown.
    [[nodiscard]] Result<Opportunity> get(const QString& id) const;
    /// Live opportunities of an account, soonest close date first.
    [[nodiscard]] Result<QList<Opportunity>> forAccount(const QString& accountId) const;
    /// Stage, amount and close-date changes, oldest first.
    [[nodiscard]] Result<QList<OpportunityChange>> history(const QString& opportunityId) const;

    /// Checks an opportunity: a name, a live account (and contact, if given), an amount of zero or
    /// more in an ISO 4217 currency, a close date, a stage of its pipeline, a probability of
    /// 0–100 % and, for a loss, the reason (account, close date and reason as `gaps` says). A new stage brings its
    /// default probability and forecast category unless those were changed in the same save; Won and Lost always bring
    /// theirs, and a close date as `closing` says (so a closing opportunity may come without one). While the
    /// opportunity has product lines its amount is their net total, whatever was given. An external id, when set,
    /// belongs to no other live opportunity.
    [[nodiscard]] Result<Opportunity>
    save(Opportunity opportunity, ClosingDate closing = ClosingDate::TodayUnlessChanged, Gaps gaps = Gaps::Refused);
    /// Saves a new opportunity from another system, gaps accepted, whose history starts on the day
    /// it was opened there (at noon, local time): its first stage entry and first values are dated
    /// `openedOn`; a won or lost one starts in the pipeline's first stage and reaches its closing
    /// stage on its close date. An invalid `openedOn`, or an opportunity that exists: as save().
    [[nodiscard]] Result<Opportunity> saveImported(Opportunity opportunity, ClosingDate closing, const QDate& openedOn);
    /// What the opportunity lacks (attentionOf() with its stage's outcome and its product lines).
    [[nodiscard]] Result<Attention> attention(const Opportunity& opportunity) const;
    /// The live opportunity imported with this external id, if any.
    [[nodiscard]] Result<std::optional<Opportunity>> byExternalId(const QString& externalId) const;
    [[nodiscard]] Result<void> remove(const QString& id);
    [[nodiscard]] Result<void> restore(const QString& id);
    /// Sets the amount of an opportunity with product lines to their net total (recorded in its
    /// history); without lines, to zero for the user to type again. Lines are written through
    /// OpportunityLineRepository, which calls this in the same transaction.
    [[nodiscard]] Result<void> takeAmountOfLines(const QString& id);
    /// Marks the opportunity won on `day` with what was sold: `sold` become its product lines, so
    /// its amount is their net total in `currency`; `reason` is kept unless it has one already.
    [[nodiscard]] Result<Opportunity> markWon(const QString& id, const QList<OpportunityLine>& sold,
                                              const QString& currency, const QDate& day, const QString& reason);

private:
    [[nodiscard]] Result<Opportunity> store(Opportunity o, ClosingDate closing, Gaps gaps, const QDate& openedOn);
    Database& m_db;
};

} // namespace Fieldbook
