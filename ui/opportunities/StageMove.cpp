#include "StageMove.h"

#include "common/ReasonDialog.h"
#include "domain/Pipeline.h"
#include "store/OpportunityRepository.h"
#include "widgets/UndoHistory.h"

namespace Fieldbook {

namespace {

/// What a move changes, to put back on undo and again on redo.
struct StageState {
    QString id;
    QString stage;
    int probability = 0;
    QString forecastCategory;
    QString closeReason;
    QDate closeDate;
};

StageState stateOf(const Opportunity& o) {
    return {o.id, o.stage, o.probability, o.forecastCategory, o.closeReason, o.closeDate};
}

Result<void> applyStates(Database& db, const QList<StageState>& states) {
    OpportunityRepository repository(db);
    for (const StageState& state : states) {
        auto o = repository.get(state.id);
        if (!o)
            return std::unexpected(o.error());
        o->stage = state.stage;
        o->probability = state.probability;
        o->forecastCategory = state.forecastCategory;
        o->closeReason = state.closeReason;
        o->closeDate = state.closeDate;
        if (auto saved = repository.save(*o, OpportunityRepository::ClosingDate::AsGiven); !saved)
            return std::unexpected(saved.error());
    }
    return {};
}

/// The opportunities of `ids` not yet in `stageKey`; an error message when one cannot be read.
QList<Opportunity> toMove(Database& db, const QStringList& ids, const QString& stageKey, QString* error) {
    OpportunityRepository repository(db);
    QList<Opportunity> moving;
    for (const QString& id : ids) {
        auto o = repository.get(id);
        if (!o) {
            *error = o.error().message;
            return {};
        }
        if (o->stage != stageKey)
            moving.append(*o);
    }
    return moving;
}

} // namespace

std::optional<StageMove::Outcome> StageMove::run(AppContext& context, QWidget* parent, const Pipeline& pipeline,
                                                 const QStringList& ids, const QString& stageKey) {
    const PipelineStage* stage = pipeline.stage(stageKey);
    if (!stage)
        return std::nullopt;
    Outcome outcome;
    const QList<Opportunity> moving = toMove(context.db, ids, stageKey, &outcome.error);
    if (!outcome.error.isEmpty())
        return outcome;
    if (moving.isEmpty())
        return std::nullopt;
    std::optional<ReasonDialog::Answer> loss;
    if (stage->outcome == StageOutcome::Lost) {
        const QString what = moving.size() == 1 ? tr("“%1”").arg(moving.constFirst().name)
                                                : tr("these %n opportunities", "", int(moving.size()));
        loss = ReasonDialog::askLoss(parent, what);
        if (!loss)
            return std::nullopt; // cancelled: everything stays where it was
    }
    OpportunityRepository repository(context.db);
    QList<StageState> before;
    QList<StageState> after;
    for (Opportunity o : moving) {
        const StageState previous = stateOf(o);
        o.stage = stageKey;
        if (loss) {
            o.closeReason = loss->reason;
            o.closeDate = loss->date;
        }
        auto saved = repository.save(o, loss ? OpportunityRepository::ClosingDate::AsGiven
                                             : OpportunityRepository::ClosingDate::TodayUnlessChanged);
        if (!saved) {
            outcome.error = tr("“%1” could not be moved to %2: %3").arg(o.name, stage->name, saved.error().message);
            break;
        }
        before.append(previous);
        after.append(stateOf(*saved));
    }
    if (before.isEmpty())
        return outcome;
    Database* db = &context.db;
    outcome.text = before.size() == 1 ? tr("Moved “%1” to %2.").arg(moving.constFirst().name, stage->name)
                                      : tr("Moved %n opportunities to %1.", "", int(before.size())).arg(stage->name);
    outcome.undoToken = context.undo.push(
        outcome.text, [db, before] { return applyStates(*db, before); },
        [db, after] { return applyStates(*db, after); });
    outcome.firstId = before.constFirst().id;
    return outcome;
}

} // namespace Fieldbook
