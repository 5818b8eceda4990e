#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace Fieldbook {

/// Where an opportunity's amount counts in a forecast (the categories sales managers know).
enum class ForecastCategory { Pipeline, BestCase, Commit, Closed, Omitted };

/// What reaching a stage means: still open, or closed as won or lost.
enum class StageOutcome { Open, Won, Lost };

struct PipelineStage {
    QString key;         ///< stable identifier stored on opportunities ("proposal"); never shown
    QString name;        ///< what the board and lists show; the user may rename it
    int probability = 0; ///< default win probability in percent, 0–100
    ForecastCategory category = ForecastCategory::Pipeline;
    StageOutcome outcome = StageOutcome::Open;
    friend bool operator==(const PipelineStage&, const PipelineStage&) = default;
};

/// A sales process: stages in the order opportunities move through them, the open ones first,
/// then exactly one Won and one Lost stage (they close the opportunity).
struct Pipeline {
    QString key; ///< what opportunities store: "standard" or the pipeline record's id
    QString name;
    QList<PipelineStage> stages;
    bool active = true; ///< an inactive pipeline is not offered for opportunities any more

    /// docs/architecture.md, Data conventions: Prospecting 10 %, Qualification 25 %, Proposal 50 %, Negotiation 75 %,
    /// Won (closed, 100 %), Lost (closed, 0 %); names in the user's language.
    static Pipeline standard();

    /// The rules above, plus: unique non-empty keys and names, probabilities 0–100, Won at 100 %
    /// in Closed, Lost at 0 % in Omitted, open stages in neither of those two categories. The
    /// message names the stage.
    [[nodiscard]] Result<void> validate() const;
    /// Position of the stage with `key`, or -1.
    [[nodiscard]] qsizetype indexOf(const QString& key) const;
    [[nodiscard]] const PipelineStage* stage(const QString& key) const;
    [[nodiscard]] const PipelineStage& won() const;
    [[nodiscard]] const PipelineStage& lost() const;
    friend bool operator==(const Pipeline&, const Pipeline&) = default;
};

/// The built-in names (the standard pipeline's, its stages' "Prospecting" ... "Lost") are stored
/// in English and shown in the user's language; a name the organisation gave is its own in every
/// language. The name of the pipeline `key` as shown, from its stored name.
[[nodiscard]] QString pipelineName(const QString& key, const QString& storedName);
/// The name of the stage `stageKey` as shown, from its stored name.
[[nodiscard]] QString stageName(const QString& stageKey, const QString& storedName);
/// A stored pipeline with the names to show (pipelineName(), stageName()).
[[nodiscard]] Pipeline withShownNames(Pipeline stored);
/// A pipeline as shown with the names to store: the built-in ones back in English.
[[nodiscard]] Pipeline withStoredNames(Pipeline shown);

/// The probability-weighted amount a board column and a forecast add up: amount × probability,
/// rounded half away from zero like every amount (docs/architecture.md, Data conventions).
[[nodiscard]] qint64 weightedAmount(qint64 amountMinor, int probability);

/// Stable storage names of the categories ("pipeline", "best_case", ...), never translated.
[[nodiscard]] QString forecastCategoryKey(ForecastCategory category);
[[nodiscard]] bool parseForecastCategory(const QString& key, ForecastCategory* category);

/// The category's name as shown to the user, translated.
[[nodiscard]] QString forecastCategoryName(ForecastCategory category);

/// Stable storage names of the outcomes ("open", "won", "lost"), never translated.
[[nodiscard]] QString stageOutcomeKey(StageOutcome outcome);
[[nodiscard]] bool parseStageOutcome(const QString& key, StageOutcome* outcome);
/// The outcome's name as shown to the user, translated.
[[nodiscard]] QString stageOutcomeName(StageOutcome outcome);

/// The stages as the pipelines table stores them: a JSON array of {key, name, probability,
/// category, outcome} in board order. Members that a newer release wrote into `previous` (the
/// stored text) are kept for the stages whose key it already had.
[[nodiscard]] QString stagesToJson(const QList<PipelineStage>& stages, const QString& previous = {});
/// Reads what stagesToJson() or a newer release wrote, tolerantly: entries that are not objects
/// or have no key are skipped, unknown members ignored, a missing name is the key, a probability
/// is clamped to 0–100, an unknown outcome is Open and an unknown category the outcome's usual
/// one. The result may still fail validate().
[[nodiscard]] QList<PipelineStage> stagesFromJson(const QString& json);

} // namespace Fieldbook
