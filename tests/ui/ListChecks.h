#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include <catch2/catch.hpp>

namespace Fieldbook::Test {

/// Lets the posted layout and resize events run, as the event loop would before the next paint.
inline void settle() {
    for (int i = 0; i < 3; ++i) {
        QApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

/// Where `index` is on the screen.
inline QRect globalRect(const QAbstractItemView* view, const QModelIndex& index) {
    const QRect rect = view->visualRect(index);
    return {view->viewport()->mapToGlobal(rect.topLeft()), rect.size()};
}

/// Fails unless every visible column lies wholly inside the viewport, with nothing to scroll to.
inline void checkColumnsOnScreen(const QTableView* table) {
    const QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        INFO("column " << column << " of " << table->objectName().toStdString());
        CHECK(header->sectionViewportPosition(column) >= 0);
        CHECK(header->sectionViewportPosition(column) + header->sectionSize(column) <= table->viewport()->width());
    }
    CHECK(table->horizontalScrollBar()->maximum() == 0);
}

/// The tooltip showing after the pointer rested at `pos` of the view's viewport (a tooltip that
/// is going away keeps its text for a moment: compare with what is expected to appear).
inline QString hoverText(QAbstractItemView* view, const QPoint& pos) {
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &help);
    return QToolTip::text();
}

} // namespace Fieldbook::Test
