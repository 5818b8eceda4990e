#pragma once

#include <QString>

namespace Fieldbook {
class Database;
}

namespace Fieldbook::Test {

/// The customer the calendar, task and timeline tests meet: the account Nordlicht GmbH and its
/// contact Hannah Weber.
struct SampleCustomer {
    QString accountId;
    QString contactId;
};

/// Saves Nordlicht GmbH and Hannah Weber in `db`.
SampleCustomer saveSampleCustomer(Fieldbook::Database& db);

/// Saves the account's open opportunity "Fleet renewal" (1,000.00 EUR, Proposal, closing 30 June
/// 2027) in `db`; its id.
QString saveSampleOpportunity(Fieldbook::Database& db, const QString& accountId);

} // namespace Fieldbook::Test
