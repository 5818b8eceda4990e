#pragma once

#include <QString>

#include <optional>

namespace Fieldbook::TextMerge {

/// Three-way merge of `theirs` and `yours`, both edited from `base`, line by line. Edits of
/// different lines are combined; text that both sides added at the same place is kept twice
/// (theirs first), since notes are written by appending; the same edit on both sides counts once.
/// Returns nullopt when both sides changed the same lines differently (a conflict for the user),
/// or when the texts are too long to compare line by line here.
std::optional<QString> merge(const QString& base, const QString& theirs, const QString& yours);

} // namespace Fieldbook::TextMerge
