#include "CliRunner.h"
#include "StringMakers.h"
#include "services/CompanyProfile.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"
#include "store/records/UserRepository.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QtEndian>

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
    return *QuoteLifecycle(**db).send(q.id, QDate::currentDate());
}

} // namespace

TEST_CASE("quote list --format json gives every line and every total of each quote", "[cli][quotes]") {
    CliRunner cli;
    const Quote q = makeQuote(cli.dbPath());
    const CliRun run = succeeded(cli, {u"quote"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray quotes = jsonArray(run.out);
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

    const QJsonObject stats = jsonObject(cli.run({u"stats"_s}).out);
    CHECK(stats.value(u"opportunities"_s).toInt() == 1);
    CHECK(stats.value(u"quotes"_s).toInt() == 1);
    CHECK(stats.value(u"products"_s).toInt(-1) == 0);
}

TEST_CASE("quote pdf writes a PDF whose text has the number, every line and the grand total", "[cli][quotes]") {
    CliRunner cli;
    const Quote q = makeQuote(cli.dbPath());
    const QString pdf = cli.path(u"quote.pdf"_s);
    const CliRun run = succeeded(cli, {u"quote"_s, u"pdf"_s, q.number, u"-o"_s, pdf});
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

namespace {

/// $USER as given while a store is created (root: the store names its user "Me"), restored afterwards.
class UserVariable {
public:
    explicit UserVariable(const QByteArray& value)
        : m_saved(qgetenv("USER"))
        , m_wasSet(qEnvironmentVariableIsSet("USER")) {
        qputenv("USER", value);
    }
    ~UserVariable() {
        if (m_wasSet)
            qputenv("USER", m_saved);
        else
            qunsetenv("USER");
    }

private:
    QByteArray m_saved;
    bool m_wasSet;
};

QString pdfText(const QString& pdf) {
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

QString printed(CliRunner& cli, const QString& number) {
    const QString pdf = cli.path(u"quote.pdf"_s);
    const CliRun run = succeeded(cli, {u"quote"_s, u"pdf"_s, number, u"-o"_s, pdf});
    return pdfText(pdf);
}

void setAccountLanguage(const QString& dbPath, const QString& accountId, const QString& language) {
    auto db = Database::open(dbPath);
    REQUIRE(db);
    Account a = *AccountRepository(**db).get(accountId);
    a.language = language;
    REQUIRE(AccountRepository(**db).save(a));
}

/// How many runs of text the PDF draws in synthetic bold: Qt draws a font without a bold face
/// twice, the second time marked as text not to be extracted (an empty ActualText span).
int syntheticBoldRuns(const QString& pdf) {
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    int runs = 0;
    for (qsizetype at = bytes.indexOf(">>\nstream\n"); at >= 0; at = bytes.indexOf(">>\nstream\n", at + 1)) {
        const qsizetype begin = at + 10;
        const qsizetype end = bytes.indexOf("endstream", begin);
        if (end < 0)
            break;
        QByteArray deflated(4, '\0');
        qToBigEndian(quint32(32 * (end - begin) + 4096), deflated.data()); // qUncompress' size hint
        deflated += bytes.mid(begin, end - begin);
        runs += int(qUncompress(deflated).count("/ActualText <>"));
    }
    return runs;
}

} // namespace

TEST_CASE("quote pdf writes the customer's language, else the user's, whatever the program runs in", "[cli][quotes]") {
    CliRunner cli;
    const Quote q = makeQuote(cli.dbPath());
    QString text = printed(cli, q.number); // the CLI runs in English here (LANG=C.UTF-8)
    INFO(text.toStdString());
    CHECK(text.contains(u"Customer"_s));
    CHECK(text.contains(u"Page 1 of 1"_s));

    setAccountLanguage(cli.dbPath(), q.accountId, u"zh_CN"_s);
    text = printed(cli, q.number);
    INFO(text.toStdString());
    for (const QString& expected : {QString(u"报价单 "_s + q.number), u"客户"_s, u"有效期至"_s, u"总计 CNY"_s,
                                    u"第 1 页，共 1 页"_s, u"868.77"_s})
        CHECK(text.contains(expected));
    CHECK_FALSE(text.contains(u"Customer"_s));
    CHECK_FALSE(text.contains(u"Page 1 of 1"_s));

    // Without a language of its own the customer reads the user's, chosen in Settings.
    setAccountLanguage(cli.dbPath(), q.accountId, QString());
    {
        auto db = Database::open(cli.dbPath());
        REQUIRE(db);
        REQUIRE((*db)->setSetting(u"ui.language"_s, u"zh_CN"_s)); // LanguageSettings::key()
    }
    text = printed(cli, q.number);
    INFO(text.toStdString());
    CHECK(text.contains(u"第 1 页，共 1 页"_s));
}

TEST_CASE("the quote names the user as the customer's contact only once they gave their name", "[cli][quotes]") {
    CliRunner cli;
    Quote q;
    {
        UserVariable root("root"); // the store's user is "Me" until named
        q = makeQuote(cli.dbPath());
    }
    QString text = printed(cli, q.number);
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(u"Your contact"_s));
    CHECK_FALSE(text.contains(u" Me\n"_s));
    {
        auto db = Database::open(cli.dbPath());
        REQUIRE(db);
        REQUIRE(UserRepository(**db).renameLocalUser(u"Maria Schmidt"_s));
    }
    text = printed(cli, q.number);
    INFO(text.toStdString());
    CHECK(text.contains(u"Your contact"_s));
    CHECK(text.contains(u"Maria Schmidt"_s));
}

TEST_CASE("bold stays bold in Chinese text: the seller, section headings and the title", "[cli][quotes]") {
    CliRunner cli;
    const Quote q = makeQuote(cli.dbPath());
    {
        auto db = Database::open(cli.dbPath());
        REQUIRE(db);
        CompanyProfile company = CompanyProfile::load(**db);
        company.name = u"智远贸易有限公司"_s;
        REQUIRE(company.save(**db));
    }
    const QString pdf = cli.path(u"bold.pdf"_s);
    REQUIRE(cli.run({u"quote"_s, u"pdf"_s, q.number, u"-o"_s, pdf}).exitCode == 0);
    // The customer's name (<b>), the section heading "硬件" and the seller's name: each a run of
    // Chinese text in bold, which the Chinese font can only show emboldened by Qt.
    CHECK(syntheticBoldRuns(pdf) >= 3);
}
