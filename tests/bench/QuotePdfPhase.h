#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// quote_pdf_50_lines_ms: a sent quote of 50 items (and 5 section headings, CJK and Latin text,
/// three tax rates, a logo) read from a store in `dir` and written as an A4 PDF, the way
/// `fieldbook-cli quote pdf` does it (median of 7 runs). Keeps the last PDF as `dir`/quote-50.pdf.
QJsonObject runQuotePdfPhase(const QString& dir);

} // namespace Fieldbook::Bench
