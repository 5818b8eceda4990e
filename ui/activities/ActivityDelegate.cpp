#include "ActivityDelegate.h"

#include "ActivityText.h"

#include "models/ActivityTimelineModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace Fieldbook {

namespace {
constexpr int kMargin = 6;
constexpr int kIconSize = 20;

QString detailLine(const QModelIndex& index) {
    const auto kind = ActivityKind(index.data(ActivityTimelineModel::KindRole).toInt());
    QStringList parts{activityKindLabel(kind)};
    const QString duration = ActivityText::durationText(index.data(ActivityTimelineModel::DurationRole).toInt());
    if (!duration.isEmpty())
        parts.append(duration);
    const QString outcome = index.data(ActivityTimelineModel::OutcomeRole).toString();
    if (!outcome.isEmpty())
        parts.append(callOutcomeName(outcome));
    if (!index.data(ActivityTimelineModel::DoneRole).toBool())
        parts.append(ActivityDelegate::tr("open"));
    return parts.join(ActivityDelegate::tr(" · "));
}
} // namespace

void ActivityDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const auto kind = ActivityKind(index.data(ActivityTimelineModel::KindRole).toInt());
    const QRect iconRect(r.left(), r.top(), kIconSize, kIconSize);
    ActivityText::kindIcon(kind).paint(painter, iconRect);

    const QFontMetrics fm(option.font);
    const int left = iconRect.right() + kMargin;
    const int line = fm.height();
    const QDateTime when = index.data(ActivityTimelineModel::StartsAtRole).toDateTime().toLocalTime();
    const QString date = QLocale().toString(when, QLocale::ShortFormat);
    const int dateWidth = fm.horizontalAdvance(date);

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics(bold);
    const QRect subjectRect(left, r.top(), r.right() - left - dateWidth - kMargin, line);
    painter->drawText(subjectRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(ActivityTimelineModel::SubjectRole).toString(), Qt::ElideRight,
                                             subjectRect.width()));
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(r.right() - dateWidth, r.top(), dateWidth, line), Qt::AlignRight | Qt::AlignVCenter, date);
    const int width = r.right() - left;
    painter->drawText(QRect(left, r.top() + line, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(detailLine(index), Qt::ElideRight, width));
    const QString notes = index.data(ActivityTimelineModel::NotesRole).toString().simplified();
    if (!notes.isEmpty()) {
        painter->setPen(text);
        painter->drawText(QRect(left, r.top() + 2 * line, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(notes, Qt::ElideRight, width));
    }
    painter->restore();
}

QSize ActivityDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const int lines = index.data(ActivityTimelineModel::NotesRole).toString().trimmed().isEmpty() ? 2 : 3;
    return QSize(200, QFontMetrics(option.font).height() * lines + 2 * kMargin);
}

} // namespace Fieldbook
