#pragma once

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QWidget>

#include <catch2/catch.hpp>

namespace Fieldbook::Test {

/// The widgets Tab stops at inside `form`, in order, starting from `first`.
inline QList<QWidget*> tabStops(QWidget* first, const QWidget* form) {
    QList<QWidget*> stops;
    for (QWidget* w = first; w && !stops.contains(w); w = w->nextInFocusChain()) {
        const bool stopsHere =
            (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isEnabled() && w->isVisibleTo(form->window());
        if (stopsHere && form->isAncestorOf(w))
            stops.append(w);
        if (w->nextInFocusChain() == first)
            break;
    }
    return stops;
}

/// Fails unless each stop lies below the previous one, or beside it on its right: the order in
/// which the form reads.
inline void checkReadingOrder(const QList<QWidget*>& stops, const QWidget* form) {
    for (qsizetype i = 1; i < stops.size(); ++i) {
        const QRect before(stops.at(i - 1)->mapTo(form, QPoint()), stops.at(i - 1)->size());
        const QRect after(stops.at(i)->mapTo(form, QPoint()), stops.at(i)->size());
        INFO("from " << stops.at(i - 1)->objectName().toStdString() << " to "
                     << stops.at(i)->objectName().toStdString());
        const bool below = after.top() >= before.center().y();
        const bool besideOnTheRight = after.top() < before.bottom() && after.left() > before.left();
        CHECK((below || besideOnTheRight));
    }
}

/// The mark a FieldCheck puts at an invalid field, or nullptr.
inline QAction* problemMark(const QLineEdit* edit) {
    return edit->findChild<QAction*>(QStringLiteral("fieldProblemMark"));
}

inline bool isMarked(const QLineEdit* edit) {
    QAction* mark = problemMark(edit);
    return mark && edit->actions().contains(mark);
}

} // namespace Fieldbook::Test
