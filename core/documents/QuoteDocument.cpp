#include "QuoteDocument.h"

#include "store/StoreFiles.h"
#include "domain/MoneyText.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

const QUrl kLogoUrl(u"fieldbook-quote-logo"_s);

/// Millimetres to the device's pixels.
qreal mm(const QPagedPaintDevice& device, qreal millimetres) {
    return millimetres * device.logicalDpiY() / 25.4;
}

} // namespace

QuoteDocument::QuoteDocument(QuoteSheet sheet, const QLocale& locale)
    : m_sheet(std::move(sheet))
    , m_locale(locale) {}

QString QuoteDocument::money(qint64 minorUnits) const {
    return MoneyText::format(minorUnits, m_locale, MoneyText::decimalsFor(m_sheet.quote.currency));
}

QString QuoteDocument::decimal(Decimal4 value) const {
    QString text = value.toString();
    return text.replace(u'.', m_locale.decimalPoint());
}

QString QuoteDocument::html() const {
    const Quote& q = m_sheet.quote;
    const CompanyProfile& company = m_sheet.company;
    const Account& account = m_sheet.account;
    QString h;
    h += u"<html><body style=\"color:#1d232b\">"_s;

    // Seller: logo on the left, name and address on the right.
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">"_s;
    if (!company.logo.isEmpty())
        h += u"<img src=\""_s + kLogoUrl.toString() + u"\" height=\"56\">"_s;
    h += u"</td><td valign=\"top\" align=\"right\">"_s;
    if (!company.name.isEmpty())
        h += u"<span style=\"font-size:13pt; font-weight:600\">"_s + escaped(company.name) + u"</span><br>"_s;
    h += escaped(company.address);
    QStringList contact;
    for (const QString& part : {company.phone, company.email, company.website})
        if (!part.isEmpty())
            contact.append(escaped(part));
    if (!contact.isEmpty())
        h += u"<br>"_s + contact.join(u" · "_s);
    if (!company.taxId.isEmpty())
        h += u"<br>"_s + QCoreApplication::translate("QuoteDocument", "Tax number: %1").arg(escaped(company.taxId));
    h += u"</td></tr></table>"_s;

    // Title and the quote's facts.
    h += u"<p style=\"margin-top:18px; font-size:18pt; font-weight:600\">"_s +
         QCoreApplication::translate("QuoteDocument", "Quote") + u" "_s + escaped(q.displayNumber()) + u"</p>"_s;
    if (!q.title.isEmpty())
        h += u"<p style=\"font-size:11pt\">"_s + escaped(q.title) + u"</p>"_s;

    const QDate issued = q.sentAt > 0 ? QDateTime::fromMSecsSinceEpoch(q.sentAt).date()
                                      : QDateTime::fromMSecsSinceEpoch(q.createdAt).date();
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:8px\"><tr>"_s;
    h += u"<td width=\"55%\" valign=\"top\"><span style=\"color:#5b6570\">"_s +
         QCoreApplication::translate("QuoteDocument", "Customer") + u"</span><br><b>"_s + escaped(account.name) +
         u"</b>"_s;
    if (!m_sheet.contactName.isEmpty())
        h += u"<br>"_s + QCoreApplication::translate("QuoteDocument", "Attn. %1").arg(escaped(m_sheet.contactName));
    QStringList cityLine;
    const PostalAddress& address = account.address;
    for (const QString& part : {address.postalCode, address.city, address.region})
        if (!part.trimmed().isEmpty())
            cityLine.append(escaped(part.trimmed()));
    for (const QString& line :
         QStringList{escaped(address.street.trimmed()), cityLine.join(u' '), escaped(address.country)})
        if (!line.isEmpty())
            h += u"<br>"_s + line;
    h += u"</td><td valign=\"top\"><table cellspacing=\"0\" cellpadding=\"1\">"_s;
    auto fact = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            h += u"<tr><td style=\"color:#5b6570; padding-right:12px\">"_s + label + u"</td><td>"_s + value +
                 u"</td></tr>"_s;
    };
    fact(QCoreApplication::translate("QuoteDocument", "Date"), m_locale.toString(issued, QLocale::ShortFormat));
    fact(QCoreApplication::translate("QuoteDocument", "Valid until"),
         m_locale.toString(q.validUntil, QLocale::ShortFormat));
    fact(QCoreApplication::translate("QuoteDocument", "Currency"), escaped(q.currency));
    fact(QCoreApplication::translate("QuoteDocument", "Your contact"), escaped(m_sheet.ownerName));
    h += u"</table></td></tr></table>"_s;

    // The lines.
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" style=\"margin-top:18px; "
         u"border-collapse:collapse\"><thead><tr style=\"background-color:#eef1f5\">"_s;
    const QList<std::pair<QString, const char*>> headings{
        {QCoreApplication::translate("QuoteDocument", "#"), "left"},
        {QCoreApplication::translate("QuoteDocument", "Description"), "left"},
        {QCoreApplication::translate("QuoteDocument", "Quantity"), "right"},
        {QCoreApplication::translate("QuoteDocument", "Unit price"), "right"},
        {QCoreApplication::translate("QuoteDocument", "Discount"), "right"},
        {QCoreApplication::translate("QuoteDocument", "Tax"), "right"},
        {QCoreApplication::translate("QuoteDocument", "Net"), "right"}};
    for (const auto& [text, align] : headings)
        h += u"<th align=\""_s + QLatin1StringView(align) + u"\" style=\"font-weight:600\">"_s + text + u"</th>"_s;
    h += u"</tr></thead>"_s;
    int number = 0;
    for (qsizetype i = 0; i < m_sheet.lines.size(); ++i) {
        const QuoteLine& line = m_sheet.lines.at(i);
        const QString border = u" style=\"border-bottom:1px solid #d9dee4\""_s;
        if (line.kind == QuoteLine::Kind::Section) {
            h += u"<tr><td colspan=\"7\" style=\"padding-top:10px; font-weight:600; font-size:11pt\">"_s +
                 escaped(line.description) + u"</td></tr>"_s;
            continue;
        }
        if (line.kind == QuoteLine::Kind::Note) {
            h += u"<tr><td></td><td colspan=\"6\" style=\"color:#5b6570\"><i>"_s + escaped(line.description) +
                 u"</i></td></tr>"_s;
            continue;
        }
        const QuoteLineTotals* totals = m_sheet.lineTotals(i);
        const QuoteLineInput& a = line.amounts;
        QString discount;
        if (a.discount == QuoteLineInput::Discount::Percent)
            discount = decimal(a.discountPercent) + u" %"_s;
        else if (a.discount == QuoteLineInput::Discount::Amount)
            discount = money(a.discountAmount);
        QString quantity = decimal(a.quantity);
        if (!line.unit.isEmpty())
            quantity += u' ' + escaped(line.unit);
        h += u"<tr>"_s;
        h += u"<td"_s + border + u">"_s + QString::number(++number) + u"</td>"_s;
        h += u"<td"_s + border + u">"_s + escaped(line.description) + u"</td>"_s;
        for (const QString& cell : QStringList{quantity, money(a.unitPrice), discount, decimal(a.taxRate) + u" %"_s,
                                               totals ? money(totals->net) : QString()})
            h += u"<td align=\"right\""_s + border + u">"_s + cell + u"</td>"_s;
        h += u"</tr>"_s;
    }
    h += u"</table>"_s;

    // Totals, right-aligned.
    const QuoteTotals& t = m_sheet.totals;
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top:10px\">"_s;
    auto total = [&](const QString& label, qint64 amount, bool strong = false) {
        const QString weight = strong ? u" style=\"font-weight:600; font-size:12pt\""_s : QString();
        h += u"<tr><td width=\"55%\"></td><td"_s + weight + u">"_s + label + u"</td><td align=\"right\""_s + weight +
             u">"_s + money(amount) + u"</td></tr>"_s;
    };
    total(QCoreApplication::translate("QuoteDocument", "Subtotal"), t.subtotal);
    if (t.discount != 0)
        total(QCoreApplication::translate("QuoteDocument", "Discount"), -t.discount);
    total(QCoreApplication::translate("QuoteDocument", "Net total"), t.net);
    for (const TaxByRate& tax : t.taxes)
        total(QCoreApplication::translate("QuoteDocument", "Tax %1 % on %2").arg(decimal(tax.rate), money(tax.net)),
              tax.tax);
    total(QCoreApplication::translate("QuoteDocument", "Total %1").arg(escaped(q.currency)), t.grandTotal, true);
    h += u"</table>"_s;

    if (!q.paymentTerms.isEmpty())
        h += u"<p style=\"margin-top:16px\"><b>"_s + QCoreApplication::translate("QuoteDocument", "Payment terms") +
             u"</b><br>"_s + escaped(q.paymentTerms) + u"</p>"_s;
    if (q.validUntil.isValid())
        h += u"<p>"_s +
             QCoreApplication::translate("QuoteDocument", "This quote is valid until %1.")
                 .arg(m_locale.toString(q.validUntil, QLocale::LongFormat)) +
             u"</p>"_s;
    if (!q.notes.isEmpty())
        h += u"<p style=\"margin-top:12px\">"_s + escaped(q.notes) + u"</p>"_s;
    h += u"</body></html>"_s;
    return h;
}

int QuoteDocument::print(QPagedPaintDevice& device) const {
    QPainter painter(&device);
    const qreal width = device.width();
    const qreal height = device.height();

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    QFont font(u"Sans Serif"_s);
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    if (!m_sheet.company.logo.isEmpty()) {
        const QImage logo = QImage::fromData(m_sheet.company.logo);
        if (!logo.isNull())
            doc.addResource(QTextDocument::ImageResource, kLogoUrl, logo);
    }
    doc.setHtml(html());

    QFont small = font;
    small.setPointSizeF(8);
    const QFontMetricsF metrics(small, &device);
    const qreal footer = metrics.height() + mm(device, 6);
    const QSizeF body(width, height - footer);
    doc.setPageSize(body);
    const int pages = std::max(1, doc.pageCount());

    QStringList left;
    if (!m_sheet.company.name.isEmpty())
        left.append(m_sheet.company.name);
    left.append(QCoreApplication::translate("QuoteDocument", "Quote %1").arg(m_sheet.quote.displayNumber()));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const QRectF line(0, height - metrics.height(), width, metrics.height());
        painter.setPen(QColor(0xd9, 0xde, 0xe4));
        painter.drawLine(QPointF(0, line.top() - mm(device, 2)), QPointF(width, line.top() - mm(device, 2)));
        painter.setPen(QColor(0x5b, 0x65, 0x70));
        painter.setFont(small);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left.join(u" · "_s));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         QCoreApplication::translate("QuoteDocument", "Page %1 of %2").arg(page + 1).arg(pages));
    }
    return pages;
}

Result<int> QuoteDocument::writePdf(const QString& path) const {
    if (auto refused = StoreFiles::refuse(path); !refused)
        return std::unexpected(refused.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("QuoteDocument", "Cannot write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("QuoteDocument", "Quote %1").arg(m_sheet.quote.displayNumber()));
        writer.setCreator(u"Fieldbook"_s);
        pages = print(writer);
    }
    if (!file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("QuoteDocument", "Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace Fieldbook
