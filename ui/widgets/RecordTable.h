#pragma once

class QString;
class QTableView;

namespace Fieldbook {

/// How every list of records in the workspace looks and behaves.
class RecordTable final {
public:
    /// Whole rows selected, read-only, fixed row heights (the view never measures 100,000 rows),
    /// no grid, movable columns, and the columns fitted to the viewport (ColumnFitter) with
    /// `stretchColumn` taking the room left; cut text shows in full on hover. The selection mode is
    /// left to the caller. `settingsGroup` keeps the widths the user drags.
    static void setUp(QTableView* table, int stretchColumn, const QString& settingsGroup);
};

} // namespace Fieldbook
