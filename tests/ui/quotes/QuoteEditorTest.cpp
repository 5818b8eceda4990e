#include "StringMakers.h"
#include "TempDatabase.h"
#include "models/QuoteLinesModel.h"
#include "quotes/QuoteEditor.h"
#include "store/AccountRepository.h"
#include "store/CatalogRepository.h"
#include "store/OpportunityRepository.h"
#include "store/QuoteRepository.h"
#include "widgets/MessageBox.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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
        Opportunity o;
        o.name = u"年度框架协议"_s;
        o.accountId = a.id;
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
};

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
    Fixture f;
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
