#pragma once

#include "DocumentLanguage.h"
#include "common/Error.h"
#include "services/QuoteSheet.h"

class QPagedPaintDevice;

namespace Fieldbook {

/// A quote as the customer receives it: the seller's logo and address, the customer block, the
/// lines with sections and notes, the totals with tax by rate, validity, payment terms and notes,
/// and on every page a footer with the number and "Page n of m". Every figure comes from the
/// sheet's totals (computeQuote), so the document shows what the app and the CLI show. It is
/// written in `language` (the customer's: QuoteSheet::documentLocale), numbers and dates included.
class QuoteDocument final {
public:
    QuoteDocument(QuoteSheet sheet, DocumentLanguage language);

    /// The body as HTML (without the page footers).
    [[nodiscard]] QString html() const;
    /// Lays the quote out on `device`'s pages (a QPdfWriter, or a QPrinter in the print preview).
    /// Returns the number of pages.
    int print(QPagedPaintDevice& device) const;
    /// Writes an A4 PDF to `path`, replacing it only once the whole document is written.
    [[nodiscard]] Result<int> writePdf(const QString& path) const;
    /// "Quote Q-2026-D7-0042: Annual framework", in the document's language: the subject of the
    /// e-mail that carries it.
    [[nodiscard]] QString mailSubject() const;

private:
    QString text(const char* source) const;
    QString money(qint64 minorUnits) const;
    QString decimal(Decimal4 value) const;
    QString sellerBlock() const;
    QString customerBlock() const;
    QString linesTable() const;
    QString itemRow(qsizetype index) const;
    QString totalsTable() const;
    QString closing() const;
    QuoteSheet m_sheet;
    DocumentLanguage m_language;
};

} // namespace Fieldbook
