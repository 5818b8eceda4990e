#pragma once

namespace Fieldbook {
class Database;
}

namespace Fieldbook::Test {

/// A small demo data set made by `generate` (a sales team of three and every kind of sales
/// record): records that belong to users who exist only in this store.
void generateSmallDemo(Fieldbook::Database& db);

} // namespace Fieldbook::Test
