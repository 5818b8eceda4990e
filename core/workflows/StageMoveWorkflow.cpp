#include "StageMoveWorkflow.h"

#include "domain/Pipeline.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"

#include <QCoreApplication>

namespace Fieldbook {

namespace {

StageState stateOf(const Opportunity& o) {
    return {o.id, o.stage, o.probability, o.forecastCategory, o.closeReason, o.closeDate};
}

/// "“Framework” could not be moved to Won: …". The message keeps the translation context of the
/// board, where users met it before the move became a workflow.
Error refusal(const Opportunity& o, const PipelineStage& stage, const Error& why) {
    return {why.code,
            QCoreApplication::translate("Fieldbook::OpportunitiesSection", "“%1” could not be moved to %2: %3")
                .arg(o.name, stage.name, why.message),
            why.detail};
}

} // namespace

StageMoveWorkflow::StageMoveWorkflow(Database& db)
    : m_db(db) {}

Result<QList<Opportunity>> StageMoveWorkflow::pending(const QStringList& ids, const QString& stageKey) const {
    OpportunityRepository repository(m_db);
    QList<Opportunity> moving;
    for (const QString& id : ids) {
        auto o = repository.get(id);
        if (!o)
            return std::unexpected(o.error());
        if (o->stage != stageKey)
            moving.append(*o);
    }
    return moving;
}

Result<StageMoveResult> StageMoveWorkflow::move(const QList<Opportunity>& opportunities, const PipelineStage& stage,
                                                const std::optional<StageLoss>& loss) {
    StageMoveResult result;
    auto ok = m_db.transaction([&]() -> Result<void> {
        OpportunityRepository repository(m_db);
        for (Opportunity o : opportunities) {
            const StageState previous = stateOf(o);
            o.stage = stage.key;
            if (loss) {
                o.closeReason = loss->reason;
                o.closeDate = loss->closeDate;
            }
            auto saved = repository.save(o, loss ? OpportunityRepository::ClosingDate::AsGiven
                                                 : OpportunityRepository::ClosingDate::TodayUnlessChanged);
            if (!saved)
                return std::unexpected(refusal(o, stage, saved.error()));
            result.before.append(previous);
            result.after.append(stateOf(*saved));
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (!result.before.isEmpty()) {
        Database* db = &m_db;
        result.undo = {[db, states = result.before] { return StageMoveWorkflow(*db).restore(states); },
                       [db, states = result.after] {
                           return StageMoveWorkflow(*db).restore(states);
                       }};
    }
    return result;
}

Result<void> StageMoveWorkflow::restore(const QList<StageState>& states) {
    return m_db.transaction([&]() -> Result<void> {
        OpportunityRepository repository(m_db);
        for (const StageState& state : states) {
            auto o = repository.get(state.id);
            if (!o)
                return std::unexpected(o.error());
            o->stage = state.stage;
            o->probability = state.probability;
            o->forecastCategory = state.forecastCategory;
            o->closeReason = state.closeReason;
            o->closeDate = state.closeDate;
            // A state the store held before: an imported opportunity may go back to lacking its close date.
            if (auto saved = repository.save(*o, OpportunityRepository::ClosingDate::AsGiven,
                                             OpportunityRepository::Gaps::Accepted);
                !saved)
                return std::unexpected(saved.error());
        }
        return {};
    });
}

} // namespace Fieldbook
