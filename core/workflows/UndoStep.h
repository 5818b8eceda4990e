#pragma once

#include "common/Error.h"

#include <functional>

namespace Fieldbook {

/// How to reverse what a workflow did and how to do it again, each in one transaction: what the
/// desktop app puts into its undo history as one step (docs/workflows.md). Empty when the change
/// cannot be undone.
struct UndoStep {
    using Action = std::function<Result<void>()>;
    Action undo;
    Action redo;

    explicit operator bool() const { return bool(undo); }
};

} // namespace Fieldbook
