#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QImage>

namespace Fieldbook {

class ChartCard;

/// Writes one chart of the dashboard to a file (docs/forecast.md, Dashboard): a PNG at twice the
/// screen's resolution, a one-page PDF with the title, the chart and its note, or the chart's data
/// as CSV (DashboardData::csv). The store's own files are refused.
class ChartExport final {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    enum class Format { Png, Pdf, Csv };

    /// The card's title, chart and note as an image of `scale` times its size on screen.
    [[nodiscard]] static QImage image(const ChartCard& card, qreal scale = 2);
    [[nodiscard]] static Result<void> write(const ChartCard& card, Format format, const QString& path);
    /// "Forecast by period.png": the chart's title as a file name with the format's suffix.
    [[nodiscard]] static QString suggestedName(const ChartCard& card, Format format);
    /// The file dialog's filter: "PNG images (*.png)".
    [[nodiscard]] static QString filter(Format format);
};

} // namespace Fieldbook
