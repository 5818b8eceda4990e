#include "RecordTable.h"

#include "ColumnFitter.h"
#include "ElidedTextDelegate.h"

#include <QHeaderView>
#include <QTableView>

namespace Fieldbook {

void RecordTable::setUp(QTableView* table, int stretchColumn, const QString& settingsGroup) {
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionsMovable(true);
    table->setItemDelegate(new ElidedTextDelegate(table));
    new ColumnFitter(table, stretchColumn, settingsGroup);
}

} // namespace Fieldbook
