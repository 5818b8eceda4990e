#include "ChartExport.h"

#include "ChartCard.h"
#include "store/db/StoreFiles.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kPadding = 12;

/// The card's font in pixels: the layout is in the card's pixels on any device (a PDF's points
/// would be read at its resolution).
QFont pixelFont(const ChartCard& card) {
    QFont font = card.font();
    font.setPixelSize(QFontInfo(font).pixelSize());
    return font;
}

QFont titleFontOf(const ChartCard& card) {
    QFont font = pixelFont(card);
    font.setBold(true);
    font.setPixelSize(font.pixelSize() * 6 / 5);
    return font;
}

struct CardLayout {
    QRectF title;
    QRectF chart;
    QRectF note;
    QSizeF size;
};

/// Where title, chart and note go, in the card's own pixels: the chart at its size on screen.
CardLayout layoutOf(const ChartCard& card, const QFont& titleFont) {
    const QSizeF chart = card.chartView() ? QSizeF(card.chartView()->size()) : QSizeF(card.width(), 0);
    const qreal width = std::max<qreal>(chart.width(), 320) + 2 * kPadding;
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF noteMetrics(pixelFont(card));
    const qreal inner = width - 2 * kPadding;
    const qreal titleHeight =
        titleMetrics.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, card.data().title).height();
    const QString note = card.chartView() ? card.data().note : ChartExport::tr("Nothing to show for this choice.");
    const qreal noteHeight =
        note.isEmpty() ? 0 : noteMetrics.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, note).height();
    CardLayout l;
    l.title = QRectF(kPadding, kPadding, inner, titleHeight);
    l.chart = QRectF(kPadding, l.title.bottom() + kPadding / 2.0, inner, chart.height());
    l.note = QRectF(kPadding, l.chart.bottom() + kPadding / 2.0, inner, noteHeight);
    l.size = QSizeF(width, l.note.bottom() + kPadding);
    return l;
}

void paintCard(QPainter& painter, const ChartCard& card, const CardLayout& l, const QFont& titleFont) {
    const QPalette& palette = card.palette();
    painter.fillRect(QRectF(QPointF(0, 0), l.size), palette.base());
    painter.setPen(palette.color(QPalette::Text));
    painter.setFont(titleFont);
    painter.drawText(l.title, Qt::TextWordWrap, card.data().title);
    if (QChartView* view = card.chartView()) {
        QChart* chart = view->chart();
        view->scene()->render(&painter, l.chart, chart->sceneBoundingRect());
    }
    const QString note = card.chartView() ? card.data().note : ChartExport::tr("Nothing to show for this choice.");
    painter.setFont(pixelFont(card));
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(l.note, Qt::TextWordWrap, note);
}

Result<void> save(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, ChartExport::tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> writePdf(const ChartCard& card, const QString& path) {
    const QFont titleFont = titleFontOf(card);
    const CardLayout l = layoutOf(card, titleFont);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(card.data().title);
        pdf.setCreator(u"Fieldbook"_s);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(ErrorCode::Io, ChartExport::tr("Could not write %1.").arg(path));
        // The card as on screen, scaled to the page's width (or height), keeping its proportions.
        const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const qreal scale = std::min(page.width() / l.size.width(), page.height() / l.size.height());
        painter.scale(scale, scale);
        paintCard(painter, card, l, titleFont);
        painter.end();
    }
    return save(path, bytes);
}

} // namespace

QImage ChartExport::image(const ChartCard& card, qreal scale) {
    const QFont titleFont = titleFontOf(card);
    const CardLayout l = layoutOf(card, titleFont);
    QImage image((l.size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(card.palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paintCard(painter, card, l, titleFont);
    return image;
}

Result<void> ChartExport::write(const ChartCard& card, Format format, const QString& path) {
    if (auto refused = StoreFiles::refuse(path); !refused)
        return refused;
    switch (format) {
    case Format::Png: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image(card).save(&buffer, "PNG"))
            return fail(ErrorCode::Io, tr("Could not write %1.").arg(path));
        return save(path, bytes);
    }
    case Format::Pdf:
        return writePdf(card, path);
    case Format::Csv:
        return save(path, DashboardData::csv(card.data(), card.currency()));
    }
    return {};
}

QString ChartExport::suggestedName(const ChartCard& card, Format format) {
    QString name = card.data().title;
    name.replace(QRegularExpression(u"[/\\\\:*?\"<>|]"_s), u"-"_s);
    const char16_t* suffix = format == Format::Png ? u".png" : format == Format::Pdf ? u".pdf" : u".csv";
    return name.trimmed() + QStringView(suffix);
}

QString ChartExport::filter(Format format) {
    switch (format) {
    case Format::Png:
        return tr("PNG images (*.png)");
    case Format::Pdf:
        return tr("PDF documents (*.pdf)");
    case Format::Csv:
        return tr("CSV files (*.csv)");
    }
    return {};
}

} // namespace Fieldbook
