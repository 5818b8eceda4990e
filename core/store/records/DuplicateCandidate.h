#pragma once

#include <QString>

namespace Fieldbook {

/// An existing record that may be the same person or company as the one being saved.
struct DuplicateCandidate {
    enum class Reason { SameEmail, SamePhone, SimilarName, SameWebsite };
    QString id;
    QString displayName;
    Reason reason = Reason::SimilarName;
};

} // namespace Fieldbook
