#include "StringMakers.h"
#include "MailProgramOnPath.h"
#include "TempDatabase.h"
#include "models/QuoteLinesModel.h"
#include "quotes/QuoteEditor.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/CatalogRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"
#include "services/CompanyProfile.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QLineEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Fixture {
    Test::TempDatabase tmp;
    Opportunity opportunity;
    QString quoteId;
    Fixture() {
        Account a;
        a.name = u"苏州智远科技有限公司"_s;
        a = *AccountRepository(tmp.db()).save(a);
        accountId = a.id;
        Contact c;
        c.firstName = u"芳"_s;
        c.lastName = u"王"_s;
        c.accountId = a.id;
        c.emails = {{u"work"_s, u"wang.fang@zhiyuan.example"_s}};
        contactId = ContactRepository(tmp.db()).save(c)->id;
        Opportunity o;
        o.name = u"年度框架协议"_s;
        o.accountId = a.id;
        o.contactId = contactId;
        o.currency = u"EUR"_s;
        o.closeDate = QDate::currentDate().addMonths(1);
        o.stage = u"proposal"_s;
        opportunity = *OpportunityRepository(tmp.db()).save(o);
        CatalogRepository catalog(tmp.db());
        Product p;
        p.sku = u"IG-500"_s;
        p.name = u"Industrial gateway"_s;
        p.unit = u"pcs"_s;
        p.taxRate = Decimal4::fromInt(19);
        p = *catalog.saveProduct(p);
        PriceList list;
        list.name = u"Europe"_s;
        list.currency = u"EUR"_s;
        list = *catalog.savePriceList(list);
        REQUIRE(catalog.setPrice({{}, list.id, p.id, {}, 1249'00, {}, false}));
        productId = p.id;
        auto quote = QuoteRepository(tmp.db()).createFromOpportunity(opportunity.id, list.id);
        REQUIRE(quote);
        quoteId = quote->id;
    }
    QString productId;
    QString accountId;
    QString contactId;
};

QPushButton* button(const QuoteEditor& editor, const QString& name) {
    auto* found = editor.findChild<QPushButton*>(name);
    REQUIRE(found != nullptr);
    return found;
}

/// Answers the next file dialog over `parent` with `path`, as a user who types it and saves.
void answerFileDialog(QWidget* parent, const QString& path) {
    auto* poll = new QTimer(parent);
    QObject::connect(poll, &QTimer::timeout, parent, [parent, path, poll] {
        auto* dialog = parent->findChild<QFileDialog*>(u"fileDialog"_s);
        if (!dialog || !dialog->isVisible())
            return;
        // Typed into the name field: QFileDialog::selectFile leaves that field alone once it has
        // the focus, which it gets whenever the dialog's window is activated first.
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        if (name == nullptr)
            return; // not built yet
        poll->deleteLater();
        name->setFocus();
        name->setText(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as the Save button would
    });
    poll->start(10);
}

QString grandTotalLabel(const QuoteEditor& editor) {
    const auto* label = editor.findChild<QLabel*>(u"grandTotal"_s);
    REQUIRE(label != nullptr);
    return label->text();
}

} // namespace

TEST_CASE("the quote editor edits lines in place and shows the totals the quote arithmetic gives", "[ui][quotes]") {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Fixture f;
    QuoteEditor editor(f.tmp.db(), f.quoteId);
    editor.show();
    editor.addProduct(f.productId, u"2"_s);
    QuoteLinesModel* model = editor.linesModel();
    REQUIRE(model->rowCount() == 1);
    // 2 × 1,249.00 = 2,498.00 + 19 % = 474.62 -> 2,972.62
    CHECK(grandTotalLabel(editor) == u"2,972.62"_s);
    CHECK(model->setData(model->index(0, QuoteLinesModel::Discount), u"10 %"_s));
    // 2,498.00 - 249.80 = 2,248.20; tax 427.158 -> 427.16; total 2,675.36
    CHECK(model->data(model->index(0, QuoteLinesModel::Net)).toString() == u"2,248.20"_s);
    CHECK(grandTotalLabel(editor) == u"2,675.36"_s);
    // A refused value leaves the line as it was and says why.
    QSignalSpy failed(model, &QuoteLinesModel::editFailed);
    CHECK_FALSE(model->setData(model->index(0, QuoteLinesModel::Quantity), u"0"_s));
    REQUIRE(failed.size() == 1);
    CHECK(model->data(model->index(0, QuoteLinesModel::Quantity)).toString() == u"2"_s);
    CHECK(QuoteRepository(f.tmp.db()).lines(f.quoteId)->first().amounts.quantity == Decimal4::fromInt(2));
    editor.addText(true);
    CHECK(model->rowCount() == 2);
    editor.moveSelectedLine(-1);
    CHECK(model->line(0)->kind == QuoteLine::Kind::Section);
    // Notes typed just before closing are kept.
    auto* notes = editor.findChild<QPlainTextEdit*>();
    REQUIRE(notes != nullptr);
    notes->setPlainText(u"交货期四周"_s);
    editor.close();
    CHECK(QuoteRepository(f.tmp.db()).get(f.quoteId)->notes == u"交货期四周"_s);
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("sending locks the editor, a new revision edits a copy and accepting wins the opportunity", "[ui][quotes]") {
    QStandardPaths::setTestModeEnabled(true);
    Fixture f;
    Test::MailProgramOnPath mail(true);
    QuoteEditor editor(f.tmp.db(), f.quoteId);
    editor.show();
    editor.addProduct(f.productId, u"3"_s);
    editor.sendQuote();
    CHECK(QuoteRepository(f.tmp.db()).get(f.quoteId)->status == QuoteStatus::Sent);
    QuoteLinesModel* model = editor.linesModel();
    CHECK_FALSE(model->flags(model->index(0, QuoteLinesModel::Quantity)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model->setData(model->index(0, QuoteLinesModel::Quantity), u"5"_s));

    editor.reviseQuote();
    CHECK(editor.quoteId() != f.quoteId);
    CHECK(QuoteRepository(f.tmp.db()).get(f.quoteId)->status == QuoteStatus::Superseded);
    CHECK(model->flags(model->index(0, QuoteLinesModel::Quantity)).testFlag(Qt::ItemIsEditable));
    CHECK(model->setData(model->index(0, QuoteLinesModel::Quantity), u"5"_s));
    CHECK(QuoteRepository(f.tmp.db()).lines(f.quoteId)->first().amounts.quantity == Decimal4::fromInt(3));

    editor.sendQuote();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    editor.acceptQuote();
    const Opportunity won = *OpportunityRepository(f.tmp.db()).get(f.opportunity.id);
    CHECK(won.stage == u"won"_s);
    CHECK(won.amount == 5 * 1249'00);
}

TEST_CASE("Send hands the PDF to the mail program addressed to the contact and logs the e-mail", "[ui][quotes]") {
    QStandardPaths::setTestModeEnabled(true); // the PDF waits for the mail program in a test cache
    Fixture f;
    Test::MailProgramOnPath mail(true);
    QuoteEditor editor(f.tmp.db(), f.quoteId);
    editor.show();
    editor.addProduct(f.productId, u"2"_s);
    QTest::mouseClick(button(editor, u"sendButton"_s), Qt::LeftButton);

    const Quote sent = *QuoteRepository(f.tmp.db()).get(f.quoteId);
    CHECK(sent.status == QuoteStatus::Sent);
    const QStringList arguments = mail.arguments();
    REQUIRE(arguments.size() == 5);
    CHECK(arguments.at(0) == u"--attach"_s);
    CHECK(arguments.at(1).endsWith(sent.displayNumber() + u".pdf"_s));
    QFile pdf(arguments.at(1));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(arguments.at(2) == u"--subject"_s);
    CHECK(arguments.at(3).contains(sent.displayNumber()));
    CHECK(arguments.at(3).contains(u"年度框架协议"_s));
    CHECK(arguments.at(4) == u"wang.fang@zhiyuan.example"_s);

    const auto timeline = *ActivityRepository(f.tmp.db()).forAccount(f.accountId);
    REQUIRE(timeline.size() == 1);
    CHECK(timeline.first().kind == ActivityKind::Email);
    CHECK(timeline.first().contactId == f.contactId);
    CHECK(timeline.first().notes.contains(u"wang.fang@zhiyuan.example"_s));
    auto* banner = editor.findChild<MessageBanner*>(u"quoteBanner"_s);
    REQUIRE(banner != nullptr);
    CHECK(banner->text().contains(u"wang.fang@zhiyuan.example"_s));
    CHECK_FALSE(button(editor, u"sendButton"_s)->isVisible());
}

TEST_CASE("Send refuses a quote that cannot go out before any mail program sees it", "[ui][quotes]") {
    QStandardPaths::setTestModeEnabled(true);
    Fixture f;
    Test::MailProgramOnPath mail(true);
    QuoteEditor editor(f.tmp.db(), f.quoteId);
    editor.show();
    editor.sendQuote(); // no items yet
    CHECK(QuoteRepository(f.tmp.db()).get(f.quoteId)->status == QuoteStatus::Draft);
    CHECK(editor.findChild<MessageBanner*>(u"quoteBanner"_s)->text().contains(u"no items"_s));
    CHECK(ActivityRepository(f.tmp.db()).forAccount(f.accountId)->isEmpty());
}

TEST_CASE("an accepted quote, or one already revised, offers no revision", "[ui][quotes]") {
    Fixture f;
    QuoteRepository quotes(f.tmp.db());
    REQUIRE(quotes.addProduct(f.quoteId, f.productId, Decimal4::fromInt(1)));
    REQUIRE(QuoteLifecycle(f.tmp.db()).send(f.quoteId, QDate::currentDate()));
    QuoteEditor editor(f.tmp.db(), f.quoteId);
    editor.show();
    CHECK(button(editor, u"reviseButton"_s)->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    editor.acceptQuote();
    CHECK(QuoteRepository(f.tmp.db()).get(f.quoteId)->status == QuoteStatus::Accepted);
    CHECK_FALSE(button(editor, u"reviseButton"_s)->isVisible());
    QuoteEditor reopened(f.tmp.db(), f.quoteId);
    reopened.show();
    CHECK_FALSE(button(reopened, u"reviseButton"_s)->isVisible());
    const QString said = reopened.findChild<MessageBanner*>(u"quoteBanner"_s)->text();
    CHECK_FALSE(said.contains(u"revision"_s));
    CHECK(said.contains(u"accepted"_s));

    // A rejected quote whose newer revision exists: that one is the one to change.
    const Quote other = *quotes.createFromOpportunity(f.opportunity.id);
    REQUIRE(quotes.addProduct(other.id, f.productId, Decimal4::fromInt(1)));
    QuoteLifecycle lifecycle(f.tmp.db());
    REQUIRE(lifecycle.send(other.id, QDate::currentDate()));
    REQUIRE(lifecycle.reject(other.id));
    REQUIRE(lifecycle.revise(other.id));
    QuoteEditor rejected(f.tmp.db(), other.id);
    rejected.show();
    CHECK_FALSE(button(rejected, u"reviseButton"_s)->isVisible());
    CHECK_FALSE(rejected.findChild<MessageBanner*>(u"quoteBanner"_s)->text().contains(u"make a new revision"_s));
}

TEST_CASE("an item typed on a quote starts with the default tax rate of the company profile", "[ui][quotes]") {
    Fixture f;
    CompanyProfile company;
    company.defaultTaxRate = Decimal4::fromInt(19);
    REQUIRE(company.save(f.tmp.db()));
    QuoteEditor editor(f.tmp.db(), f.quoteId);
    editor.show();
    editor.addItem();
    const auto lines = *QuoteRepository(f.tmp.db()).lines(f.quoteId);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().amounts.taxRate == Decimal4::fromInt(19));
}

TEST_CASE("without a mail program Send saves the PDF where the user says and notes that on the timeline",
          "[ui][quotes]") {
    Fixture f;
    Test::MailProgramOnPath mail(false);
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QuoteEditor editor(f.tmp.db(), f.quoteId);
    editor.show();
    editor.addProduct(f.productId, u"1"_s);
    const QString path = folder.filePath(u"for-the-customer.pdf"_s);
    answerFileDialog(&editor, path);
    QTest::mouseClick(button(editor, u"sendButton"_s), Qt::LeftButton);

    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(QuoteRepository(f.tmp.db()).get(f.quoteId)->status == QuoteStatus::Sent);
    const auto timeline = *ActivityRepository(f.tmp.db()).forAccount(f.accountId);
    REQUIRE(timeline.size() == 1);
    CHECK(timeline.first().kind == ActivityKind::Note);
    CHECK(timeline.first().notes.contains(QDir::toNativeSeparators(path)));
    CHECK(editor.findChild<MessageBanner*>(u"quoteBanner"_s)->text().contains(QDir::toNativeSeparators(path)));
}

TEST_CASE("Send cancelled in the file dialog leaves the quote a draft", "[ui][quotes]") {
    Fixture f;
    Test::MailProgramOnPath mail(false);
    QuoteEditor editor(f.tmp.db(), f.quoteId);
    editor.show();
    editor.addProduct(f.productId, u"1"_s);
    auto* poll = new QTimer(&editor);
    QObject::connect(poll, &QTimer::timeout, &editor, [&editor, poll] {
        if (auto* dialog = editor.findChild<QFileDialog*>(u"fileDialog"_s); dialog && dialog->isVisible()) {
            poll->deleteLater();
            dialog->reject();
        }
    });
    poll->start(10);
    editor.sendQuote();
    CHECK(QuoteRepository(f.tmp.db()).get(f.quoteId)->status == QuoteStatus::Draft);
    CHECK(ActivityRepository(f.tmp.db()).forAccount(f.accountId)->isEmpty());
}
