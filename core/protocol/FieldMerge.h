#pragma once

#include "MergeClass.h"

#include <QJsonValue>
#include <QString>

namespace Fieldbook {

/// One field of one record as the server merges a pushed edit (docs/server.md, "Push"): the value
/// the client's edit started from, the server's current value and the client's new value, each
/// edit stamped with its hybrid logical clock (fixed-width text that sorts like the clock).
struct FieldMergeInput {
    MergeClass mergeClass = MergeClass::Descriptive;
    QJsonValue base;
    QJsonValue theirs; ///< the server's value
    QString theirsHlc;
    QJsonValue yours; ///< the client's value
    QString yoursHlc;
};

/// What becomes of the field.
struct FieldMergeResult {
    enum class Outcome {
        Unchanged, ///< both already agree
        Applied,   ///< the client's value replaces the server's (the server had not changed it)
        Won,       ///< concurrent descriptive edits: the client's is later; `lost` holds the server's
        Lost,      ///< concurrent descriptive edits: the server's is later; `lost` holds the client's
        Merged,    ///< long text edited in different places: `value` combines both
        Conflict,  ///< the server keeps its value; base, theirs and yours go to the user
    };
    Outcome outcome = Outcome::Unchanged;
    QJsonValue value; ///< the server's value afterwards
    QJsonValue lost;  ///< the value that lost (Won, Lost), kept in history with a notice
    QString hlc;      ///< the clock of `value`
};

/// The three-way merge of one field. Pure: the same input always gives the same result.
FieldMergeResult mergeField(const FieldMergeInput& input);

} // namespace Fieldbook
