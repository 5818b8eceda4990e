#pragma once

#include "AppContext.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QWidget;

namespace Fieldbook {

struct Pipeline;

/// Moves opportunities to another stage the way the board and the list do, through
/// StageMoveWorkflow (one transaction: a refusal moves none). Lost asks for the reason and the day
/// it was lost (today unless the user picks another); Won closes today, as the store dates every
/// move into a closing stage. The whole move is one step of the undo history, with redo.
class StageMove final {
    Q_DECLARE_TR_FUNCTIONS(Fieldbook::OpportunitiesSection)
public:
    struct Outcome {
        QString text;      ///< what moved, for the banner and the undo history
        QString error;     ///< why nothing moved, if the move was refused
        int undoToken = 0; ///< 0 when nothing moved
        QString firstId;   ///< the first opportunity that moved
    };

    /// Moves `ids` to the stage `stageKey` of `pipeline`; nullopt when nothing was to move or the
    /// user cancelled. When the store refuses one of them, none moves.
    static std::optional<Outcome> run(AppContext& context, QWidget* parent, const Pipeline& pipeline,
                                      const QStringList& ids, const QString& stageKey);
};

} // namespace Fieldbook
