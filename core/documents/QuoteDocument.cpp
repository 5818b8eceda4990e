#include "QuoteDocument.h"

#include "store/db/StoreFiles.h"
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

// Emphasis is always font-weight:bold (700). Chinese fonts such as WenQuanYi Micro Hei have no
// bold face, and Qt emboldens a face only when at least Bold is asked for: a demi-bold (600)
// heading would print bold in Latin text and regular in Chinese.
const QString kBold = u"font-weight:bold"_s;

/// Millimetres to the device's pixels.
qreal mm(const QPagedPaintDevice& device, qreal millimetres) {
    return millimetres * device.logicalDpiY() / 25.4;
}

} // namespace

QuoteDocument::QuoteDocument(QuoteSheet sheet, DocumentLanguage language)
    : m_sheet(std::move(sheet))
    , m_language(std::move(language)) {}

QString QuoteDocument::text(const char* source) const {
    return m_language.text("QuoteDocument", source);
}

QString QuoteDocument::money(qint64 minorUnits) const {
    return MoneyText::format(minorUnits, m_language.locale(), MoneyText::decimalsFor(m_sheet.quote.currency));
}

QString QuoteDocument::decimal(Decimal4 value) const {
    QString digits = value.toString();
    return digits.replace(u'.', m_language.locale().decimalPoint());
}

QString QuoteDocument::html() const {
    return u"<html><body style=\"color:#1d232b\">"_s + sellerBlock() + customerBlock() + linesTable() + totalsTable() +
           closing() + u"</body></html>"_s;
}

/// The seller: logo on the left, name, address, contact lines and tax number on the right.
QString QuoteDocument::sellerBlock() const {
    const CompanyProfile& company = m_sheet.company;
    QString h = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">"_s;
    if (!company.logo.isEmpty())
        h += u"<img src=\""_s + kLogoUrl.toString() + u"\" height=\"56\">"_s;
    h += u"</td><td valign=\"top\" align=\"right\">"_s;
    if (!company.name.isEmpty())
        h += u"<span style=\"font-size:13pt; "_s + kBold + u"\">"_s + escaped(company.name) + u"</span><br>"_s;
    h += escaped(company.address);
    QStringList contact;
    for (const QString& part : {company.phone, company.email, company.website})
        if (!part.isEmpty())
            contact.append(escaped(part));
    if (!contact.isEmpty())
        h += u"<br>"_s + contact.join(u" · "_s);
    if (!company.taxId.isEmpty())
        h += u"<br>"_s + text(QT_TRANSLATE_NOOP("QuoteDocument", "Tax number: %1")).arg(escaped(company.taxId));
    return h + u"</td></tr></table>"_s;
}

/// The title, the customer's address and the quote's facts (date, validity, currency, contact).
QString QuoteDocument::customerBlock() const {
    const Quote& q = m_sheet.quote;
    const Account& account = m_sheet.account;
    const QLocale& locale = m_language.locale();
    QString h = u"<p style=\"margin-top:18px; font-size:18pt; "_s + kBold + u"\">"_s +
                text(QT_TRANSLATE_NOOP("QuoteDocument", "Quote %1")).arg(escaped(q.displayNumber())) + u"</p>"_s;
    if (!q.title.isEmpty())
        h += u"<p style=\"font-size:11pt\">"_s + escaped(q.title) + u"</p>"_s;
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:8px\"><tr>"_s;
    h += u"<td width=\"55%\" valign=\"top\"><span style=\"color:#5b6570\">"_s +
         text(QT_TRANSLATE_NOOP("QuoteDocument", "Customer")) + u"</span><br><b>"_s + escaped(account.name) + u"</b>"_s;
    if (!m_sheet.contactName.isEmpty())
        h += u"<br>"_s + text(QT_TRANSLATE_NOOP("QuoteDocument", "Attn. %1")).arg(escaped(m_sheet.contactName));
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
    auto fact = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            h += u"<tr><td style=\"color:#5b6570; padding-right:12px\">"_s + text(label) + u"</td><td>"_s + value +
                 u"</td></tr>"_s;
    };
    const QDate issued = QDateTime::fromMSecsSinceEpoch(q.sentAt > 0 ? q.sentAt : q.createdAt).date();
    fact(QT_TRANSLATE_NOOP("QuoteDocument", "Date"), locale.toString(issued, QLocale::ShortFormat));
    fact(QT_TRANSLATE_NOOP("QuoteDocument", "Valid until"), locale.toString(q.validUntil, QLocale::ShortFormat));
    fact(QT_TRANSLATE_NOOP("QuoteDocument", "Currency"), escaped(q.currency));
    fact(QT_TRANSLATE_NOOP("QuoteDocument", "Your contact"), escaped(m_sheet.ownerName));
    return h + u"</table></td></tr></table>"_s;
}

/// The lines: numbered items, section headings and notes.
QString QuoteDocument::linesTable() const {
    QString h = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" style=\"margin-top:18px; "
                u"border-collapse:collapse\"><thead><tr style=\"background-color:#eef1f5\">"_s;
    const QList<std::pair<const char*, const char*>> headings{
        {QT_TRANSLATE_NOOP("QuoteDocument", "#"), "left"},
        {QT_TRANSLATE_NOOP("QuoteDocument", "Description"), "left"},
        {QT_TRANSLATE_NOOP("QuoteDocument", "Quantity"), "right"},
        {QT_TRANSLATE_NOOP("QuoteDocument", "Unit price"), "right"},
        {QT_TRANSLATE_NOOP("QuoteDocument", "Discount"), "right"},
        {QT_TRANSLATE_NOOP("QuoteDocument", "Tax"), "right"},
        {QT_TRANSLATE_NOOP("QuoteDocument", "Net"), "right"}};
    for (const auto& [label, align] : headings)
        h += u"<th align=\""_s + QLatin1StringView(align) + u"\" style=\""_s + kBold + u"\">"_s + text(label) +
             u"</th>"_s;
    h += u"</tr></thead>"_s;
    for (qsizetype i = 0; i < m_sheet.lines.size(); ++i) {
        const QuoteLine& line = m_sheet.lines.at(i);
        if (line.kind == QuoteLine::Kind::Section)
            h += u"<tr><td colspan=\"7\" style=\"padding-top:10px; font-size:11pt; "_s + kBold + u"\">"_s +
                 escaped(line.description) + u"</td></tr>"_s;
        else if (line.kind == QuoteLine::Kind::Note)
            h += u"<tr><td></td><td colspan=\"6\" style=\"color:#5b6570\"><i>"_s + escaped(line.description) +
                 u"</i></td></tr>"_s;
        else
            h += itemRow(i);
    }
    return h + u"</table>"_s;
}

QString QuoteDocument::itemRow(qsizetype index) const {
    const QuoteLine& line = m_sheet.lines.at(index);
    const QuoteLineTotals* totals = m_sheet.lineTotals(index);
    const QuoteLineInput& a = line.amounts;
    QString discount;
    if (a.discount == QuoteLineInput::Discount::Percent)
        discount = decimal(a.discountPercent) + u" %"_s;
    else if (a.discount == QuoteLineInput::Discount::Amount)
        discount = money(a.discountAmount);
    QString quantity = decimal(a.quantity);
    if (!line.unit.isEmpty())
        quantity += u' ' + escaped(line.unit);
    const QString border = u" style=\"border-bottom:1px solid #d9dee4\""_s;
    QString h = u"<tr><td"_s + border + u">"_s + QString::number(m_sheet.itemNumber(index)) + u"</td>"_s;
    h += u"<td"_s + border + u">"_s + escaped(line.description) + u"</td>"_s;
    for (const QString& cell : QStringList{quantity, money(a.unitPrice), discount, decimal(a.taxRate) + u" %"_s,
                                           totals ? money(totals->net) : QString()})
        h += u"<td align=\"right\""_s + border + u">"_s + cell + u"</td>"_s;
    return h + u"</tr>"_s;
}

/// Subtotal, discount, net total, tax by rate and the grand total, right-aligned.
QString QuoteDocument::totalsTable() const {
    const QuoteTotals& t = m_sheet.totals;
    QString h = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top:10px\">"_s;
    auto total = [&](const QString& label, qint64 amount, bool strong = false) {
        const QString weight = strong ? u" style=\"font-size:12pt; "_s + kBold + u"\""_s : QString();
        h += u"<tr><td width=\"55%\"></td><td"_s + weight + u">"_s + label + u"</td><td align=\"right\""_s + weight +
             u">"_s + money(amount) + u"</td></tr>"_s;
    };
    total(text(QT_TRANSLATE_NOOP("QuoteDocument", "Subtotal")), t.subtotal);
    if (t.discount != 0)
        total(text(QT_TRANSLATE_NOOP("QuoteDocument", "Discount")), -t.discount);
    total(text(QT_TRANSLATE_NOOP("QuoteDocument", "Net total")), t.net);
    for (const TaxByRate& tax : t.taxes)
        total(text(QT_TRANSLATE_NOOP("QuoteDocument", "Tax %1 % on %2")).arg(decimal(tax.rate), money(tax.net)),
              tax.tax);
    total(text(QT_TRANSLATE_NOOP("QuoteDocument", "Total %1")).arg(escaped(m_sheet.quote.currency)), t.grandTotal,
          true);
    return h + u"</table>"_s;
}

/// Payment terms, validity and the quote's notes.
QString QuoteDocument::closing() const {
    const Quote& q = m_sheet.quote;
    QString h;
    if (!q.paymentTerms.isEmpty())
        h += u"<p style=\"margin-top:16px\"><b>"_s + text(QT_TRANSLATE_NOOP("QuoteDocument", "Payment terms")) +
             u"</b><br>"_s + escaped(q.paymentTerms) + u"</p>"_s;
    if (q.validUntil.isValid())
        h += u"<p>"_s +
             text(QT_TRANSLATE_NOOP("QuoteDocument", "This quote is valid until %1."))
                 .arg(m_language.locale().toString(q.validUntil, QLocale::LongFormat)) +
             u"</p>"_s;
    if (!q.notes.isEmpty())
        h += u"<p style=\"margin-top:12px\">"_s + escaped(q.notes) + u"</p>"_s;
    return h;
}

QString QuoteDocument::mailSubject() const {
    const Quote& q = m_sheet.quote;
    if (q.title.isEmpty())
        return text(QT_TRANSLATE_NOOP("QuoteDocument", "Quote %1")).arg(q.displayNumber());
    return text(QT_TRANSLATE_NOOP("QuoteDocument", "Quote %1: %2")).arg(q.displayNumber(), q.title);
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
    left.append(text(QT_TRANSLATE_NOOP("QuoteDocument", "Quote %1")).arg(m_sheet.quote.displayNumber()));
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
                         text(QT_TRANSLATE_NOOP("QuoteDocument", "Page %1 of %2")).arg(page + 1).arg(pages));
    }
    return pages;
}

Result<int> QuoteDocument::writePdf(const QString& path) const {
    // Errors are for the user who writes the file, in the application's language.
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
        writer.setTitle(text(QT_TRANSLATE_NOOP("QuoteDocument", "Quote %1")).arg(m_sheet.quote.displayNumber()));
        writer.setCreator(u"Fieldbook"_s);
        pages = print(writer);
    }
    if (!file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("QuoteDocument", "Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace Fieldbook
