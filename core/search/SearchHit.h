#pragma once

#include <QString>

namespace Fieldbook {

/// One search result: a record, how to show it, and whether its name matched.
struct SearchHit {
    QString table; ///< "contacts", "accounts" or "leads"
    QString id;
    QString title;    ///< contact, account or lead name
    QString subtitle; ///< company, title, industry or city
    bool nameMatched = false;
};

} // namespace Fieldbook
