#include "FieldMerge.h"

#include "TextMerge.h"

namespace Fieldbook {

namespace {

using Outcome = FieldMergeResult::Outcome;

FieldMergeResult keepTheirs(const FieldMergeInput& in, Outcome outcome, QJsonValue lost = {}) {
    return {outcome, in.theirs, std::move(lost), in.theirsHlc};
}

FieldMergeResult takeYours(const FieldMergeInput& in, Outcome outcome, QJsonValue lost = {}) {
    return {outcome, in.yours, std::move(lost), in.yoursHlc};
}

} // namespace

FieldMergeResult mergeField(const FieldMergeInput& in) {
    if (in.yours == in.theirs)
        return keepTheirs(in, Outcome::Unchanged);
    if (in.theirs == in.base)
        return takeYours(in, Outcome::Applied);
    if (in.yours == in.base) // the client did not change it after all: nothing to push
        return keepTheirs(in, Outcome::Unchanged);

    // Both changed the field since the client's base, to different values.
    switch (in.mergeClass) {
    case MergeClass::Descriptive:
        // Clocks of two devices differ in their device part, so they never tie; text breaks a tie
        // of malformed clocks so that every server decides the same way.
        if (in.yoursHlc > in.theirsHlc ||
            (in.yoursHlc == in.theirsHlc && in.yours.toVariant().toString() > in.theirs.toVariant().toString()))
            return takeYours(in, Outcome::Won, in.theirs);
        return keepTheirs(in, Outcome::Lost, in.yours);
    case MergeClass::LongText:
        // A field that had no text yet (null) merges like an empty one.
        if (in.theirs.isString() && in.yours.isString() && (in.base.isString() || in.base.isNull())) {
            if (auto text = TextMerge::merge(in.base.toString(), in.theirs.toString(), in.yours.toString()))
                return {Outcome::Merged, QJsonValue(*text), {}, std::max(in.theirsHlc, in.yoursHlc)};
        }
        return keepTheirs(in, Outcome::Conflict);
    case MergeClass::Guarded:
        break;
    }
    return keepTheirs(in, Outcome::Conflict);
}

} // namespace Fieldbook
