#include "TaskDelegate.h"

#include "TaskText.h"

#include "models/TaskListModel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kMargin = 6;

QString secondLine(const QModelIndex& index) {
    const QStringList names = index.data(TaskListModel::LinkNamesRole).toStringList();
    if (!names.isEmpty())
        return names.join(u" · "_s);
    return index.data(TaskListModel::DescriptionRole).toString().section(u'\n', 0, 0).simplified();
}

/// Paints "!" for a high and "↓" for a low priority at the left of `at`; returns the width kept for it.
int paintPriority(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index, const QRect& at,
                  const QColor& muted) {
    const QFontMetrics fm(option.font);
    const int width = std::max(fm.horizontalAdvance(u"!"_s), fm.horizontalAdvance(u"↓"_s)) + kMargin / 2;
    const auto priority = TaskPriority(index.data(TaskListModel::PriorityRole).toInt());
    if (priority != TaskPriority::High && priority != TaskPriority::Low)
        return width;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(priority == TaskPriority::High && !selected ? TaskText::warningText(option.palette) : muted);
    painter->drawText(QRect(at.left(), at.top(), width, at.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      priority == TaskPriority::High ? u"!"_s : u"↓"_s);
    painter->setFont(option.font);
    return width;
}

} // namespace

TaskDelegate::TaskDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {}

void TaskDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    if (index.data(TaskListModel::IsGroupRole).toBool())
        paintGroup(painter, option, index);
    else
        paintTask(painter, option, index);
}

void TaskDelegate::paintGroup(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto group = TaskListModel::Group(index.data(TaskListModel::GroupRole).toInt());
    const int count = index.data(TaskListModel::CountRole).toInt();
    QFont bold = option.font;
    bold.setBold(true);
    const QString title = TaskText::groupTitle(group);
    const QRect r = option.rect.adjusted(kMargin / 2, 0, -kMargin, 0);
    painter->save();
    painter->setFont(bold);
    QColor text = option.palette.color(QPalette::Text);
    if (group == TaskListModel::Group::Overdue)
        text = TaskText::warningText(option.palette);
    painter->setPen(text);
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, title);
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(title);
    painter->setFont(option.font);
    QColor muted = option.palette.color(QPalette::Text);
    muted.setAlphaF(0.6f);
    painter->setPen(muted);
    painter->drawText(r.adjusted(titleWidth + kMargin, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      QLocale().toString(count));
    painter->restore();
}

void TaskDelegate::paintTask(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect check = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);
    const auto status = TaskStatus(index.data(TaskListModel::StatusRole).toInt());
    const bool closed = status == TaskStatus::Done || status == TaskStatus::Cancelled;
    const auto group = TaskListModel::Group(index.data(TaskListModel::GroupRole).toInt());

    const QFontMetrics fm(option.font);
    const QRect r = option.rect.adjusted(0, kMargin, -kMargin, -kMargin);
    const int line = fm.height();
    int left = check.right() + kMargin;
    painter->save();
    left += paintPriority(painter, option, index, QRect(left, r.top(), 0, line), muted);
    const QDateTime due = index.data(TaskListModel::DueRole).toDateTime();
    const QString dueText =
        closed ? QString() : TaskText::dueText(due, index.data(TaskListModel::DueAllDayRole).toBool(), m_now());
    const int dueWidth = dueText.isEmpty() ? 0 : fm.horizontalAdvance(dueText) + kMargin;
    QFont titleFont = option.font;
    titleFont.setStrikeOut(status == TaskStatus::Cancelled || status == TaskStatus::Done);
    painter->setFont(titleFont);
    painter->setPen(closed ? muted : text);
    const QRect titleRect(left, r.top(), r.right() - left - dueWidth, line);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(TaskListModel::TitleRole).toString(),
                                                         Qt::ElideRight, titleRect.width()));
    painter->setFont(option.font);
    if (!dueText.isEmpty()) {
        painter->setPen(group == TaskListModel::Group::Overdue && !selected ? TaskText::warningText(palette) : muted);
        painter->drawText(QRect(r.right() - dueWidth, r.top(), dueWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                          dueText);
    }
    const QString second = secondLine(index);
    if (!second.isEmpty()) {
        painter->setPen(muted);
        const int width = r.right() - left;
        painter->drawText(QRect(left, r.top() + line, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(second, Qt::ElideRight, width));
    }
    painter->restore();
}

QSize TaskDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const int line = QFontMetrics(option.font).height();
    if (index.data(TaskListModel::IsGroupRole).toBool())
        return QSize(200, line + 2 * kMargin);
    const int lines = secondLine(index).isEmpty() ? 1 : 2;
    return QSize(200, line * lines + 2 * kMargin);
}

} // namespace Fieldbook
