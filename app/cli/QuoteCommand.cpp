#include "QuoteCommand.h"

#include "CliContext.h"
#include "QuoteDocument.h"
#include "domain/CurrencyRates.h"
#include "services/LanguageSettings.h"
#include "services/QuoteSheet.h"
#include "store/db/Database.h"
#include "store/records/QuoteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// An exact decimal text of minor units in the C locale: 86877 CNY -> "868.77", 500 JPY -> "500".
QString amount(qint64 minorUnits, const QString& currency) {
    const int decimals = currencyDecimals(currency);
    if (decimals == 0)
        return QString::number(minorUnits);
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = minorUnits < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / quint64(scale)) + u'.' +
           QString::number(magnitude % quint64(scale)).rightJustified(decimals, u'0');
}

QJsonObject toJson(const QuoteSheet& sheet, const QDate& today) {
    const Quote& q = sheet.quote;
    const QString& c = q.currency;
    QJsonArray lines;
    for (qsizetype i = 0; i < sheet.lines.size(); ++i) {
        const QuoteLine& l = sheet.lines.at(i);
        QJsonObject line{{u"id"_s, l.id}, {u"kind"_s, quoteLineKindKey(l.kind)}, {u"description"_s, l.description}};
        if (const QuoteLineTotals* t = sheet.lineTotals(i)) {
            const QuoteLineInput& a = l.amounts;
            line.insert(u"product_id"_s, l.productId);
            line.insert(u"quantity"_s, a.quantity.toString());
            line.insert(u"unit"_s, l.unit);
            line.insert(u"unit_price"_s, amount(a.unitPrice, c));
            line.insert(u"discount_kind"_s, discountKey(a.discount));
            if (a.discount == QuoteLineInput::Discount::Percent)
                line.insert(u"discount_percent"_s, a.discountPercent.toString());
            line.insert(u"tax_rate"_s, a.taxRate.toString());
            line.insert(u"gross"_s, amount(t->gross, c));
            line.insert(u"discount"_s, amount(t->discount, c));
            line.insert(u"net"_s, amount(t->net, c));
            line.insert(u"tax"_s, amount(t->tax, c));
            line.insert(u"total"_s, amount(t->total, c));
        }
        lines.append(line);
    }
    QJsonArray taxes;
    for (const TaxByRate& t : sheet.totals.taxes)
        taxes.append(
            QJsonObject{{u"rate"_s, t.rate.toString()}, {u"net"_s, amount(t.net, c)}, {u"tax"_s, amount(t.tax, c)}});
    const QuoteTotals& t = sheet.totals;
    return QJsonObject{
        {u"id"_s, q.id},
        {u"number"_s, q.displayNumber()},
        {u"revision"_s, q.revision},
        {u"status"_s, quoteStatusKey(q.effectiveStatus(today))},
        {u"title"_s, q.title},
        {u"opportunity_id"_s, q.opportunityId},
        {u"account_id"_s, q.accountId},
        {u"account"_s, sheet.account.name},
        {u"contact"_s, sheet.contactName},
        {u"currency"_s, c},
        {u"valid_until"_s, q.validUntil.toString(Qt::ISODate)},
        {u"payment_terms"_s, q.paymentTerms},
        {u"lines"_s, lines},
        {u"subtotal"_s, amount(t.subtotal, c)},
        {u"discount"_s, amount(t.discount, c)},
        {u"net"_s, amount(t.net, c)},
        {u"taxes"_s, taxes},
        {u"tax"_s, amount(t.tax, c)},
        {u"grand_total"_s, amount(t.grandTotal, c)},
    };
}

} // namespace

void QuoteCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"ACTION"_s, tr("list, or pdf followed by the quote's id or number."));
    parser.addOption({u"format"_s, tr("list: text (default) or json."), u"FORMAT"_s, u"text"_s});
    parser.addOption({{u"o"_s, u"output"_s}, tr("pdf: the PDF file to write."), u"FILE"_s});
}

int QuoteCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"list"_s)
        return list(context, parser);
    if (action == u"pdf"_s)
        return pdf(context, parser);
    return context.error(ExitCode::Usage, tr("quote expects list or pdf, not '%1'").arg(action));
}

int QuoteCommand::list(CliContext& context, const QCommandLineParser& parser) {
    if (parser.positionalArguments().size() > 1)
        return context.error(ExitCode::Usage, tr("quote list takes no further arguments"));
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s)
        return context.error(ExitCode::Usage, tr("--format expects json or text, not '%1'").arg(format));
    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    auto quotes = QuoteRepository(**db).all();
    if (!quotes)
        return context.error(quotes.error(), ExitCode::Database);
    const QDate today = QDate::currentDate();
    QJsonArray array;
    for (const Quote& q : std::as_const(*quotes)) {
        auto sheet = QuoteSheet::load(**db, q.id);
        if (!sheet)
            return context.error(sheet.error(), ExitCode::Database);
        if (format == u"json"_s)
            array.append(toJson(*sheet, today));
        else
            context.printLine(u"%1\t%2\t%3\t%4 %5\t%6"_s.arg(
                q.displayNumber(), quoteStatusName(q.effectiveStatus(today)), sheet->account.name, q.currency,
                amount(sheet->totals.grandTotal, q.currency), q.id));
    }
    if (format == u"json"_s)
        context.printLine(QJsonDocument(array).toJson(QJsonDocument::Compact));
    return int(ExitCode::Ok);
}

int QuoteCommand::pdf(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.error(ExitCode::Usage, tr("quote pdf needs the quote's id or number"));
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty())
        return context.error(ExitCode::Usage, tr("quote pdf needs -o FILE.pdf"));
    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    auto quotes = QuoteRepository(**db).all();
    if (!quotes)
        return context.error(quotes.error(), ExitCode::Database);
    const QString wanted = args.at(1);
    const auto found = std::find_if(quotes->cbegin(), quotes->cend(), [&](const Quote& q) {
        return q.id == wanted || q.displayNumber().compare(wanted, Qt::CaseInsensitive) == 0;
    });
    if (found == quotes->cend())
        return context.error(ExitCode::Failure, tr("there is no quote '%1'; `quote list` shows them").arg(wanted));
    auto sheet = QuoteSheet::load(**db, found->id);
    if (!sheet)
        return context.error(sheet.error(), ExitCode::Database);
    // In the customer's language; without one, in the user's (Settings, else the system's).
    const DocumentLanguage language(sheet->documentLocale(LanguageSettings::userLocale(**db)));
    auto pages = QuoteDocument(*sheet, language).writePdf(output);
    if (!pages)
        return context.error(pages.error(), ExitCode::Failure);
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
