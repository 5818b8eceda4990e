#pragma once

namespace Fieldbook {

/// How concurrent edits of one field are merged (docs/sync-protocol.md, Merge). Shared by the client's
/// record registry and the server.
enum class MergeClass {
    Descriptive, ///< later hybrid-logical-clock wins; the losing value is kept in history
    Guarded,     ///< money, stage, dates, owner: the server keeps its value and records a conflict
    LongText,    ///< three-way text merge; overlapping edits become a conflict
};

} // namespace Fieldbook
