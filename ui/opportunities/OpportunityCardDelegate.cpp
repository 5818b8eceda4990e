#include "OpportunityCardDelegate.h"

#include "BoardText.h"
#include "models/PipelineBoardModel.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QDate>
#include <QPainter>
#include <QPainterPath>

namespace Fieldbook {

namespace {
constexpr int kMargin = 4;  // around a card
constexpr int kPadding = 8; // inside it
constexpr int kLines = 4;
constexpr int kLineGap = 2;

int lineHeight(const QFontMetrics& metrics) {
    return metrics.height() + kLineGap;
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
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QPainterPath outline;
    outline.addRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    const QColor accent = palette.color(QPalette::Highlight);
    painter->fillPath(outline, selected ? Icons::tint(palette.color(QPalette::Base), accent, 0.18)
                                        : palette.color(QPalette::Base));
    painter->setPen(QPen(selected || focused ? accent : palette.color(QPalette::Mid), selected || focused ? 2 : 1));
    painter->drawPath(outline);

    const QRect text = card.toRect().adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const int step = lineHeight(option.fontMetrics);
    QRect line(text.left(), text.top(), text.width(), option.fontMetrics.height());
    const auto drawLine = [&](const QString& left, const QString& right, const QFont& font, const QColor& colour) {
        painter->setFont(font);
        painter->setPen(colour);
        const QFontMetrics metrics(font);
        const int rightWidth = right.isEmpty() ? 0 : metrics.horizontalAdvance(right) + kPadding;
        painter->drawText(line.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(left, Qt::ElideRight, line.width() - rightWidth));
        if (!right.isEmpty())
            painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
        line.translate(0, step);
    };

    const QColor textColour = palette.color(QPalette::Text);
    const QColor secondary = palette.color(QPalette::PlaceholderText);
    QFont bold = option.font;
    bold.setBold(true);
    const QLocale locale;
    // The amount gets a line of its own: it is what a column is scanned for and must never be cut.
    drawLine(index.data(Qt::DisplayRole).toString(), {}, bold, textColour);
    drawLine(index.data(PipelineBoardModel::AccountNameRole).toString(), {}, option.font, secondary);
    drawLine(BoardText::money(index.data(PipelineBoardModel::AmountRole).toLongLong(),
                              index.data(PipelineBoardModel::CurrencyRole).toString(), locale),
             {}, option.font, textColour);
    drawLine(index.data(PipelineBoardModel::OwnerNameRole).toString(),
             locale.toString(index.data(PipelineBoardModel::CloseDateRole).toDate(), QLocale::ShortFormat), option.font,
             secondary);
    painter->restore();
}

} // namespace Fieldbook
