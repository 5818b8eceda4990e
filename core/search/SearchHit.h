#pragma once

#include <QString>

namespace Fieldbook {

/// One search result: a record, how to show it, and whether its name matched.
struct SearchHit {
    QString table; ///< "contacts", "accounts", "leads", "opportunities", "quotes", "events" or "tasks"
    QString id;
    QString title;    ///< contact, account, lead or opportunity name; quote number and title
    QString subtitle; ///< company, title, industry or city; opportunity: account · stage · amount;
                      ///< quote: account · status · total; event: account · start; task: account · due · status
    bool nameMatched = false;
};

} // namespace Fieldbook
