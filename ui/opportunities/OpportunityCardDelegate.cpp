#include "OpportunityCardDelegate.h"

#include "BoardText.h"
#include "models/PipelineBoardModel.h"
#include "widgets/Icons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDate>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Fieldbook {

namespace {
constexpr int kMargin = 4;  // around a card
constexpr int kPadding = 8; // inside it
constexpr int kLines = 4;
constexpr int kLineGap = 2;

int lineHeight(const QFontMetrics& metrics) {
    return metrics.height() + kLineGap;
}

/// One line of a card: text on the left (elided when it does not fit) and an optional part on the
/// right that always shows in full.
struct CardLine {
    QString left;
    QString right;
    bool bold = false;
    bool secondary = false;
};

QList<CardLine> cardLines(const QModelIndex& index) {
    const QLocale locale;
    // The amount gets a line of its own: it is what a column is scanned for and must never be cut.
    return {
        {index.data(Qt::DisplayRole).toString(), {}, true, false},
        {index.data(PipelineBoardModel::AccountNameRole).toString(), {}, false, true},
        {BoardText::money(index.data(PipelineBoardModel::AmountRole).toLongLong(),
                          index.data(PipelineBoardModel::CurrencyRole).toString(), locale),
         {},
         false,
         false},
        {index.data(PipelineBoardModel::OwnerNameRole).toString(),
         locale.toString(index.data(PipelineBoardModel::CloseDateRole).toDate(), QLocale::ShortFormat), false, true},
    };
}

QFont lineFont(const QStyleOptionViewItem& option, const CardLine& line) {
    QFont font = option.font;
    font.setBold(line.bold);
    return font;
}

QRectF cardRect(const QStyleOptionViewItem& option) {
    return QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

/// Where line `row` of a card is drawn.
QRect lineRect(const QStyleOptionViewItem& option, int row) {
    const QRect text = cardRect(option).toRect().adjusted(kPadding, kPadding, -kPadding, -kPadding);
    return {text.left(), text.top() + row * lineHeight(option.fontMetrics), text.width(), option.fontMetrics.height()};
}

/// Where the mark of a card that needs attention goes: the right end of its first line.
QRect markRect(const QStyleOptionViewItem& option) {
    const QRect first = lineRect(option, 0);
    const int size = first.height();
    return {first.right() - size + 1, first.top(), size, size};
}

bool needsAttention(const QModelIndex& index) {
    return index.data(PipelineBoardModel::AttentionRole).toInt() != 0;
}

/// The width the left text of `line` (line `row` of the card `index`) has in `rect`.
int leftWidth(const QRect& rect, const QFontMetrics& metrics, const CardLine& line, int row, const QModelIndex& index) {
    const int mark = row == 0 && needsAttention(index) ? rect.height() + kPadding / 2 : 0;
    return rect.width() - mark - (line.right.isEmpty() ? 0 : metrics.horizontalAdvance(line.right) + kPadding);
}

} // namespace

QSize OpportunityCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {option.rect.width(), kLines * lineHeight(option.fontMetrics) + 2 * (kPadding + kMargin)};
}

void OpportunityCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    QPainterPath outline;
    outline.addRoundedRect(cardRect(option).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    const QColor accent = palette.color(QPalette::Highlight);
    painter->fillPath(outline, selected ? Icons::tint(palette.color(QPalette::Base), accent, 0.18)
                                        : palette.color(QPalette::Base));
    painter->setPen(QPen(selected || focused ? accent : palette.color(QPalette::Mid), selected || focused ? 2 : 1));
    painter->drawPath(outline);

    const QList<CardLine> lines = cardLines(index);
    for (int row = 0; row < lines.size(); ++row) {
        const CardLine& line = lines.at(row);
        const QFont font = lineFont(option, line);
        const QFontMetrics metrics(font);
        const QRect rect = lineRect(option, row);
        const int width = leftWidth(rect, metrics, line, row, index);
        painter->setFont(font);
        painter->setPen(palette.color(line.secondary ? QPalette::PlaceholderText : QPalette::Text));
        painter->drawText(QRect(rect.left(), rect.top(), width, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(line.left, Qt::ElideRight, width));
        if (!line.right.isEmpty())
            painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, line.right);
    }
    if (needsAttention(index))
        BoardText::attentionIcon().paint(painter, markRect(option));
    painter->restore();
}

QString OpportunityCardDelegate::toolTipAt(const QStyleOptionViewItem& option, const QModelIndex& index,
                                           const QPoint& pos) const {
    // What is missing, on the mark; else a text the card cuts, in full.
    if (needsAttention(index) && markRect(option).adjusted(-2, -2, 2, 2).contains(pos))
        return BoardText::attention(index.data(PipelineBoardModel::AttentionRole).toInt());
    const QList<CardLine> lines = cardLines(index);
    for (int row = 0; row < lines.size(); ++row) {
        const CardLine& line = lines.at(row);
        const QRect rect = lineRect(option, row);
        if (pos.y() < rect.top() || pos.y() > rect.bottom() + kLineGap)
            continue;
        const QFontMetrics metrics(lineFont(option, line));
        return metrics.horizontalAdvance(line.left) > leftWidth(rect, metrics, line, row, index) ? line.left
                                                                                                 : QString();
    }
    return {};
}

bool OpportunityCardDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) {
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = toolTipAt(option, index, event->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), text, view->viewport(), option.rect);
    return true;
}

} // namespace Fieldbook
