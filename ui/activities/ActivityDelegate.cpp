#include "ActivityDelegate.h"

#include "ActivityText.h"

#include "calendar/TaskText.h"
#include "models/ActivityTimelineModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace Fieldbook {

namespace {
constexpr int kMargin = 6;
constexpr int kIconSize = 20;

using Type = TimelineEntry::Type;
using State = TimelineEntry::State;

QString kindLabel(const QModelIndex& index) {
    if (Type(index.data(ActivityTimelineModel::EntryTypeRole).toInt()) == Type::Event) {
        EventKind kind = EventKind::Meeting;
        parseEventKind(index.data(ActivityTimelineModel::KindNameRole).toString(), &kind);
        return eventKindLabel(kind);
    }
    return activityKindLabel(ActivityKind(index.data(ActivityTimelineModel::KindRole).toInt()));
}

/// Kind, duration, outcome, repetition and location, after the state.
QString detailLine(const QModelIndex& index) {
    QStringList parts{kindLabel(index)};
    const QString duration = ActivityText::durationText(index.data(ActivityTimelineModel::DurationRole).toInt());
    if (!duration.isEmpty())
        parts.append(duration);
    const QString outcome = index.data(ActivityTimelineModel::OutcomeRole).toString();
    if (!outcome.isEmpty())
        parts.append(callOutcomeName(outcome));
    for (const int role : {int(ActivityTimelineModel::RecurrenceRole), int(ActivityTimelineModel::LocationRole)})
        if (const QString text = index.data(role).toString(); !text.isEmpty())
            parts.append(text);
    return parts.join(ActivityDelegate::tr(" · "));
}

/// The date column: the start (an event's time range), a task's due or done date.
QString dateText(const QModelIndex& index) {
    const QDateTime when = index.data(ActivityTimelineModel::StartsAtRole).toDateTime().toLocalTime();
    if (!when.isValid())
        return {};
    const QLocale locale;
    if (index.data(ActivityTimelineModel::AllDayRole).toBool())
        return locale.toString(when.date(), QLocale::ShortFormat);
    const QString start = TaskText::shortDateTime(when, locale);
    const QDateTime end = index.data(ActivityTimelineModel::EndsAtRole).toDateTime().toLocalTime();
    if (!end.isValid() || end <= when || end.date() != when.date())
        return start;
    return ActivityDelegate::tr("%1 – %2").arg(start, TaskText::shortTime(end.time(), locale));
}

QColor stateColor(State state, const QPalette& palette, const QColor& muted) {
    switch (state) {
    case State::Overdue:
        return TaskText::warningText(palette);
    case State::Logged:
    case State::Done:
        return TaskText::positiveText(palette);
    case State::Upcoming:
    case State::Open:
    case State::NotLogged:
        return TaskText::accentText(palette);
    case State::None:
    case State::Cancelled:
        break;
    }
    return muted;
}

/// The second line: the state in its colour, then the details.
void paintDetail(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index, const QRect& at) {
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);
    const QFontMetrics fm(option.font);
    const auto state = State(index.data(ActivityTimelineModel::StateRole).toInt());
    int x = at.left();
    if (const QString stateText = ActivityText::stateText(state); !stateText.isEmpty()) {
        painter->setPen(selected ? text : stateColor(state, option.palette, muted));
        const QString shown = stateText + ActivityDelegate::tr(" · ");
        painter->drawText(at, Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += fm.horizontalAdvance(shown);
    }
    painter->setPen(muted);
    painter->drawText(QRect(x, at.top(), at.right() - x, at.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(detailLine(index), Qt::ElideRight, at.right() - x));
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
    const QString date = dateText(index);
    const int dateWidth = fm.horizontalAdvance(date);
    const auto state = State(index.data(ActivityTimelineModel::StateRole).toInt());

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    bold.setStrikeOut(state == State::Cancelled);
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
    paintDetail(painter, option, index, QRect(left, r.top() + line, r.right() - left, line));
    const int width = r.right() - left;
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
