#include "ElidedTextDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Fieldbook {

bool ElidedTextDelegate::isElided(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.text.isEmpty())
        return false;
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    // The margin QCommonStyle keeps on each side of an item's text before it elides.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    return opt.fontMetrics.horizontalAdvance(opt.text) > textRect.width() - 2 * margin;
}

QString ElidedTextDelegate::toolTip(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!isElided(option, index))
        return own;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return own.isEmpty() || own == opt.text ? opt.text : opt.text + u'\n' + own;
}

bool ElidedTextDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) {
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = toolTip(option, index);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), text, view->viewport(), option.rect);
    return true;
}

} // namespace Fieldbook
