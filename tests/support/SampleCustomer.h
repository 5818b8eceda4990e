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

} // namespace Fieldbook::Test
