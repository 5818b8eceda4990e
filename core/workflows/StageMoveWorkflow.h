#pragma once

#include "UndoStep.h"
#include "domain/Opportunity.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace Fieldbook {

class Database;
struct PipelineStage;

/// What a stage move changes of one opportunity, to put back on undo and again on redo.
struct StageState {
    QString id;
    QString stage;
    int probability = 0;
    QString forecastCategory;
    QString closeReason;
    QDate closeDate;
};

/// Why and on which day the opportunities moved into a Lost stage were lost.
struct StageLoss {
    QString reason;
    QDate closeDate;
};

/// What a move did: every opportunity that moved, before and after, and the one undo step that
/// puts all of them back (and redoes the move).
struct StageMoveResult {
    QList<StageState> before; ///< in the order they moved
    QList<StageState> after;
    UndoStep undo;
};

/// Moves one or many opportunities to a stage of their pipeline, the way the board and the list
/// do (docs/workflows.md): in one transaction, so that a refusal of any of them moves none. A move
/// into Won closes today unless the same move changes the close date; a move into Lost takes the
/// loss's reason and day. The store records each change in the opportunity's history.
class StageMoveWorkflow final {
public:
    explicit StageMoveWorkflow(Database& db);

    /// The opportunities of `ids` not yet in `stageKey`, in the order given: what move() changes.
    [[nodiscard]] Result<QList<Opportunity>> pending(const QStringList& ids, const QString& stageKey) const;
    /// Moves `opportunities` (as pending() returned them) to `stage`; `loss` is for a Lost stage.
    /// A refusal names the opportunity and the stage, and nothing moved.
    [[nodiscard]] Result<StageMoveResult> move(const QList<Opportunity>& opportunities, const PipelineStage& stage,
                                               const std::optional<StageLoss>& loss);
    /// Stores `states` in one transaction: the undo (and redo) of a move.
    [[nodiscard]] Result<void> restore(const QList<StageState>& states);

private:
    Database& m_db;
};

} // namespace Fieldbook
