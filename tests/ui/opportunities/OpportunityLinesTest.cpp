#include "StringMakers.h"
#include "TempDatabase.h"
#include "activities/TimelinePane.h"
#include "models/OpportunityLinesModel.h"
#include "opportunities/OpportunityDialog.h"
#include "opportunities/OpportunityLinesPane.h"
#include "store/records/AccountRepository.h"
#include "store/records/CatalogRepository.h"
#include "store/records/OpportunityRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Fixture {
    Test::TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    Opportunity opportunity;
    QString productId;

    Fixture() {
        Account a;
        a.name = u"苏州智远科技有限公司"_s;
        a = *AccountRepository(tmp.db()).save(a);
        Opportunity o;
        o.name = u"年度框架协议"_s;
        o.accountId = a.id;
        o.amount = 10'000'00;
        o.currency = u"EUR"_s;
        o.closeDate = QDate::currentDate().addMonths(1);
        o.stage = u"proposal"_s;
        opportunity = *OpportunityRepository(tmp.db()).save(o);
        CatalogRepository catalog(tmp.db());
        Product p;
        p.sku = u"IG-500"_s;
        p.name = u"工业网关"_s;
        p = *catalog.saveProduct(p);
        PriceList list;
        list.name = u"Europe"_s;
        list.currency = u"EUR"_s;
        list = *catalog.savePriceList(list);
        REQUIRE(catalog.setPrice({{}, list.id, p.id, {}, 1249'00, {}, false}));
        productId = p.id;
    }
    qint64 storedAmount() { return OpportunityRepository(tmp.db()).get(opportunity.id)->amount; }
};

} // namespace

TEST_CASE("product lines on the opportunity page set its amount, and a refused edit keeps the line",
          "[ui][opportunities]") {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Fixture f;
    OpportunityDialog dialog(f.context, f.opportunity);
    auto* tabs = dialog.findChild<QTabWidget*>(u"opportunityTabs"_s);
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 5);
    CHECK(tabs->tabText(1) == u"P&roducts (0)"_s);
    CHECK(tabs->tabText(3) == u"&Activities"_s);
    CHECK(dialog.findChild<TimelinePane*>(u"opportunityActivities"_s) != nullptr);
    auto* pane = dialog.findChild<OpportunityLinesPane*>(u"opportunityLines"_s);
    REQUIRE(pane);
    auto* amount = dialog.findChild<QLineEdit*>(u"amountEdit"_s);
    CHECK_FALSE(amount->isReadOnly()); // no lines: typed
    CHECK(dialog.findChild<QLabel*>(u"linesEmpty"_s)->isVisibleTo(pane));

    // The first line would replace the typed 10,000.00: the user is asked, and may keep it.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    pane->addProduct(f.productId, u"3"_s);
    CHECK(MessageBox::lastText().contains(u"10,000.00 EUR"_s));
    CHECK(pane->lineCount() == 0);
    CHECK(f.storedAmount() == 10'000'00);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    pane->addProduct(f.productId, u"3"_s);
    CHECK(tabs->tabText(1) == u"P&roducts (1)"_s);
    CHECK(f.storedAmount() == 3 * 1249'00);
    CHECK(amount->isReadOnly());
    CHECK(amount->text() == u"3,747.00"_s);
    CHECK_FALSE(dialog.findChild<QComboBox*>(u"currencyCombo"_s)->isEnabled());
    CHECK(dialog.findChild<QLabel*>(u"linesTotal"_s)->text().contains(u"3,747.00 EUR"_s));

    OpportunityLinesModel* model = pane->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, OpportunityLinesModel::Description).data().toString() == u"工业网关"_s);
    CHECK(model->setData(model->index(0, OpportunityLinesModel::Discount), u"10%"_s));
    CHECK(model->index(0, OpportunityLinesModel::Discount).data().toString() == u"10 %"_s);
    CHECK(model->index(0, OpportunityLinesModel::Net).data().toString() == u"3,372.30"_s);
    CHECK(f.storedAmount() == 3372'30);
    CHECK(amount->text() == u"3,372.30"_s);

    CHECK_FALSE(model->setData(model->index(0, OpportunityLinesModel::Quantity), u"three"_s));
    auto* banner = pane->findChild<MessageBanner*>();
    REQUIRE(banner);
    CHECK(banner->isVisibleTo(pane));
    CHECK(model->index(0, OpportunityLinesModel::Quantity).data().toString() == u"3"_s);
    CHECK_FALSE(model->setData(model->index(0, OpportunityLinesModel::Quantity), u"0"_s));
    CHECK_FALSE(model->setData(model->index(0, OpportunityLinesModel::Discount), u"lots"_s));
    CHECK(f.storedAmount() == 3372'30);

    // The last line removed: the amount is typed again.
    pane->findChild<QTableView*>(u"linesView"_s)->setCurrentIndex(model->index(0, 0));
    for (QAction* action : pane->actions())
        if (action->text() == u"Remove line"_s)
            action->trigger();
    CHECK(model->rowCount() == 0);
    CHECK(f.storedAmount() == 0);
    CHECK_FALSE(amount->isReadOnly());
    CHECK(tabs->tabText(1) == u"P&roducts (0)"_s);
    QLocale::setDefault(QLocale::c());
}
