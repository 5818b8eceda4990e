#pragma once

namespace Fieldbook {

class Database;
class UndoHistory;

/// What every section of the workspace shares: the open store and the undo history.
struct AppContext {
    Database& db;
    UndoHistory& undo;
};

} // namespace Fieldbook
