#include "StageMove.h"

#include "common/ReasonDialog.h"
#include "domain/Pipeline.h"
#include "widgets/UndoHistory.h"
#include "workflows/StageMoveWorkflow.h"

namespace Fieldbook {

std::optional<StageMove::Outcome> StageMove::run(AppContext& context, QWidget* parent, const Pipeline& pipeline,
                                                 const QStringList& ids, const QString& stageKey) {
    const PipelineStage* stage = pipeline.stage(stageKey);
    if (!stage)
        return std::nullopt;
    StageMoveWorkflow workflow(context.db);
    Outcome outcome;
    const auto moving = workflow.pending(ids, stageKey);
    if (!moving) {
        outcome.error = moving.error().message;
        return outcome;
    }
    if (moving->isEmpty())
        return std::nullopt;
    std::optional<StageLoss> loss;
    if (stage->outcome == StageOutcome::Lost) {
        const QString what = moving->size() == 1 ? tr("“%1”").arg(moving->constFirst().name)
                                                 : tr("these %n opportunities", "", int(moving->size()));
        const auto answer = ReasonDialog::askLoss(parent, what);
        if (!answer)
            return std::nullopt; // cancelled: everything stays where it was
        loss = StageLoss{.reason = answer->reason, .closeDate = answer->date};
    }
    auto moved = workflow.move(*moving, *stage, loss);
    if (!moved) {
        outcome.error = moved.error().message; // nothing moved
        return outcome;
    }
    outcome.text = moved->before.size() == 1
                       ? tr("Moved “%1” to %2.").arg(moving->constFirst().name, stage->name)
                       : tr("Moved %n opportunities to %1.", "", int(moved->before.size())).arg(stage->name);
    outcome.undoToken = context.undo.push(outcome.text, moved->undo.undo, moved->undo.redo);
    outcome.firstId = moved->before.constFirst().id;
    return outcome;
}

} // namespace Fieldbook
