#include "CliRunner.h"
#include "StringMakers.h"
#include "services/CompanyProfile.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/OpportunityRepository.h"
#include "store/QuoteRepository.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

QuoteLine line(const QString& quoteId, QuoteLine::Kind kind, const QString& text, const char* quantity = "1",
               qint64 price = 0, const char* tax = "0") {
    QuoteLine l;
    l.quoteId = quoteId;
    l.kind = kind;
    l.description = text;
    l.amounts.quantity = *Decimal4::parse(QString::fromLatin1(quantity));
    l.amounts.unitPrice = price;
    l.amounts.taxRate = *Decimal4::parse(QString::fromLatin1(tax));
    return l;
}

/// A store with one sent quote: a section, two items (one discounted) and a note.
Quote makeQuote(const QString& path) {
    auto db = Database::open(path);
    REQUIRE(db);
    CompanyProfile company;
    company.name = u"Fieldbook Demo GmbH"_s;
    company.address = u"Hauptstraße 1\n10115 Berlin"_s;
    REQUIRE(company.save(**db));
    Account a;
    a.name = u"苏州智远科技有限公司"_s;
    a.address.city = u"苏州"_s;
    a = *AccountRepository(**db).save(a);
    Contact c;
    c.firstName = u"芳"_s;
    c.lastName = u"王"_s;
    c.accountId = a.id;
    c = *ContactRepository(**db).save(c);
    Opportunity o;
    o.name = u"年度框架协议"_s;
    o.accountId = a.id;
    o.contactId = c.id;
    o.currency = u"CNY"_s;
    o.closeDate = QDate::currentDate().addMonths(2);
    o.stage = u"proposal"_s;
    o = *OpportunityRepository(**db).save(o);
    QuoteRepository quotes(**db);
    Quote q = *quotes.createFromOpportunity(o.id);
    REQUIRE(quotes.saveLine(line(q.id, QuoteLine::Kind::Section, u"硬件"_s)));
    REQUIRE(quotes.saveLine(line(q.id, QuoteLine::Kind::Item, u"工业网关 IG-500"_s, "3", 19999, "13")));
    QuoteLine service = line(q.id, QuoteLine::Kind::Item, u"Installation on site"_s, "2.5", 8000, "6");
    service.amounts.discount = QuoteLineInput::Discount::Percent;
    service.amounts.discountPercent = *Decimal4::parse(u"10"_s);
    REQUIRE(quotes.saveLine(service));
    REQUIRE(quotes.saveLine(line(q.id, QuoteLine::Kind::Note, u"Delivery within 4 weeks."_s)));
    return *quotes.send(q.id, QDate::currentDate());
}

} // namespace

TEST_CASE("quote list --format json gives every line and every total of each quote", "[cli][quotes]") {
    CliRunner cli;
    const Quote q = makeQuote(cli.dbPath());
    const CliRun run = cli.run({u"quote"_s, u"list"_s, u"--format"_s, u"json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray quotes = QJsonDocument::fromJson(run.out).array();
    REQUIRE(quotes.size() == 1);
    const QJsonObject quote = quotes.at(0).toObject();
    CHECK(quote.value(u"number"_s).toString() == q.number);
    CHECK(quote.value(u"status"_s).toString() == u"sent"_s);
    CHECK(quote.value(u"account"_s).toString() == u"苏州智远科技有限公司"_s);
    CHECK(quote.value(u"contact"_s).toString() == u"王芳"_s);
    const QJsonArray lines = quote.value(u"lines"_s).toArray();
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).toObject().value(u"kind"_s).toString() == u"section"_s);
    const QJsonObject gateway = lines.at(1).toObject();
    CHECK(gateway.value(u"quantity"_s).toString() == u"3"_s);
    CHECK(gateway.value(u"unit_price"_s).toString() == u"199.99"_s);
    CHECK(gateway.value(u"net"_s).toString() == u"599.97"_s);
    CHECK(gateway.value(u"tax"_s).toString() == u"78.00"_s);
    const QJsonObject service = lines.at(2).toObject();
    CHECK(service.value(u"discount"_s).toString() == u"20.00"_s);
    CHECK(service.value(u"net"_s).toString() == u"180.00"_s);
    CHECK(service.value(u"tax"_s).toString() == u"10.80"_s);
    CHECK(quote.value(u"subtotal"_s).toString() == u"799.97"_s);
    CHECK(quote.value(u"discount"_s).toString() == u"20.00"_s);
    CHECK(quote.value(u"net"_s).toString() == u"779.97"_s);
    CHECK(quote.value(u"tax"_s).toString() == u"88.80"_s);
    CHECK(quote.value(u"grand_total"_s).toString() == u"868.77"_s);
    CHECK(quote.value(u"taxes"_s).toArray().size() == 2);

    const QJsonObject stats = QJsonDocument::fromJson(cli.run({u"stats"_s}).out).object();
    CHECK(stats.value(u"opportunities"_s).toInt() == 1);
    CHECK(stats.value(u"quotes"_s).toInt() == 1);
    CHECK(stats.value(u"products"_s).toInt(-1) == 0);
}

TEST_CASE("quote pdf writes a PDF whose text has the number, every line and the grand total", "[cli][quotes]") {
    CliRunner cli;
    const Quote q = makeQuote(cli.dbPath());
    const QString pdf = cli.path(u"quote.pdf"_s);
    const CliRun run = cli.run({u"quote"_s, u"pdf"_s, q.number, u"-o"_s, pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    INFO(text.toStdString());
    CHECK(text.contains(q.number));
    for (const QString& expected : {u"Fieldbook Demo GmbH"_s, u"苏州智远科技有限公司"_s, u"王芳"_s, u"硬件"_s,
                                    u"工业网关 IG-500"_s, u"Installation on site"_s, u"Delivery within 4 weeks."_s,
                                    u"599.97"_s, u"180.00"_s, u"868.77"_s, u"Page 1 of 1"_s})
        CHECK(text.contains(expected));

    // An unknown quote and a missing output are clear errors that write nothing.
    const CliRun unknown = cli.run({u"quote"_s, u"pdf"_s, u"Q-1999-X-0001"_s, u"-o"_s, cli.path(u"none.pdf"_s)});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("Q-1999-X-0001"));
    CHECK_FALSE(QFile::exists(cli.path(u"none.pdf"_s)));
    CHECK(cli.run({u"quote"_s, u"pdf"_s, q.number}).exitCode == 2);
}
