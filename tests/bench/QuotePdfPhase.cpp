#include "QuotePdfPhase.h"

#include "BenchTimer.h"
#include "QuoteDocument.h"
#include "services/CompanyProfile.h"
#include "services/QuoteSheet.h"
#include "store/records/AccountRepository.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

QByteArray logoPng() {
    QImage image(240, 80, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setBrush(QColor(0x2b, 0x6c, 0xb0));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(0, 0, 80, 80), 16, 16);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QJsonObject runQuotePdfPhase(const QString& dir) {
    const QString path = QDir(dir).filePath(u"quote-bench.sqlite"_s);
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "fieldbook-bench: %s\n", qPrintable(db.error().message));
        return {};
    }
    CompanyProfile company;
    company.name = u"Fieldbook Demo GmbH"_s;
    company.address = u"Hauptstraße 1\n10115 Berlin\nGermany"_s;
    company.email = u"sales@fieldbook.invalid"_s;
    company.taxId = u"DE123456789"_s;
    company.logo = logoPng();
    (void)company.save(**db);
    Account account;
    account.name = u"苏州智远科技有限公司"_s;
    account.address.street = u"星湖街 328 号"_s;
    account.address.city = u"苏州"_s;
    account.address.country = u"中国"_s;
    account = *AccountRepository(**db).save(account);
    Opportunity o;
    o.name = u"年度框架协议 2027"_s;
    o.accountId = account.id;
    o.currency = u"EUR"_s;
    o.closeDate = QDate::currentDate().addMonths(3);
    o.stage = u"proposal"_s;
    o = *OpportunityRepository(**db).save(o);
    QuoteRepository quotes(**db);
    Quote q = *quotes.createFromOpportunity(o.id);
    q.paymentTerms = u"30 days net; 2 % discount within 10 days."_s;
    q = *quotes.save(q);
    const char* taxRates[] = {"19", "7", "0"};
    for (int i = 0; i < 50; ++i) {
        if (i % 10 == 0) {
            QuoteLine section;
            section.quoteId = q.id;
            section.kind = QuoteLine::Kind::Section;
            section.description = u"第 %1 部分 · Section %1"_s.arg(i / 10 + 1);
            (void)quotes.saveLine(section);
        }
        QuoteLine line;
        line.quoteId = q.id;
        line.description = i % 2 ? u"工业网关 IG-%1 含安装与调试"_s.arg(500 + i)
                                 : u"Industrial gateway IG-%1 with installation and commissioning"_s.arg(500 + i);
        line.unit = i % 2 ? u"台"_s : u"pcs"_s;
        line.amounts.quantity = Decimal4{(i % 7 + 1) * Decimal4::kScale + (i % 3) * 2500};
        line.amounts.unitPrice = 1999 + i * 1234;
        line.amounts.taxRate = *Decimal4::parse(QString::fromLatin1(taxRates[i % 3]));
        if (i % 4 == 0) {
            line.amounts.discount = QuoteLineInput::Discount::Percent;
            line.amounts.discountPercent = Decimal4::fromInt(5);
        }
        (void)quotes.saveLine(line);
    }
    (void)QuoteLifecycle(**db).send(q.id, QDate::currentDate());

    const QString pdf = QDir(dir).filePath(u"quote-50.pdf"_s);
    Samples samples;
    int pages = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto sheet = QuoteSheet::load(**db, q.id);
        auto written = sheet ? QuoteDocument(*sheet, DocumentLanguage(QLocale(QLocale::English))).writePdf(pdf)
                             : Result<int>(std::unexpected(sheet.error()));
        if (!written) {
            std::fprintf(stderr, "fieldbook-bench: %s\n", qPrintable(written.error().message));
            return {};
        }
        samples.add(double(timer.nsecsElapsed()) / 1e6);
        pages = *written;
    }
    return QJsonObject{{u"quote_pdf_50_lines_ms"_s, samples.percentile(50)}, {u"quote_pdf_50_lines_pages"_s, pages}};
}

} // namespace Fieldbook::Bench
