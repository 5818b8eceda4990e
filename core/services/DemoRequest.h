#pragma once

#include <QtGlobal>

namespace Fieldbook {

/// How much demo data to write. Counts of 0 write nothing of that type; contacts and opportunities
/// need accounts, activities need contacts and quotes need opportunities (each spread over the ones of
/// the same run); leads need nothing but the sales team.
struct DemoRequest {
    int users = 8;
    int accounts = 0;
    int contacts = 0;
    int activities = 0;
    int opportunities = 0; ///< spread over the accounts
    int quotes = 0;        ///< on opportunities from Proposal on; brings the demo catalogue and price lists
    int leads = 0;
    int events = 0;         ///< over the contacts; one in twenty a recurring series (DemoCalendar)
    int tasks = 0;          ///< over the contacts
    bool callLists = false; ///< two call lists over the leads and contacts written (DemoCallLists)
    quint64 seed = 1;
    qint64 nowMs = 0; ///< the generator's "now"; 0: the start of the current UTC day (same seed, same day: same data)
};

/// How many records a generation wrote (inserted or, when run again with the same seed, updated).
struct DemoResult {
    int users = 0;
    int accounts = 0;
    int contacts = 0;
    int activities = 0;
    int opportunities = 0;
    int products = 0;
    int quotes = 0;
    int leads = 0;
    int events = 0;
    int tasks = 0;
};

} // namespace Fieldbook
