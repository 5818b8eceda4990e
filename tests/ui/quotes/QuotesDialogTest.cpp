#include "StringMakers.h"
#include "../WorkspaceFixture.h"

#include "models/QuoteListModel.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuotesDialog.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

Quote makeQuote(Database& db, const QString& customer, const QString& title) {
    Account a;
    a.name = customer;
    a = *AccountRepository(db).save(a);
    Opportunity o;
    o.name = title;
    o.accountId = a.id;
    o.currency = u"EUR"_s;
    o.closeDate = QDate::currentDate().addMonths(2);
    o.stage = u"proposal"_s;
    o = *OpportunityRepository(db).save(o);
    QuoteRepository quotes(db);
    Quote q = *quotes.createFromOpportunity(o.id);
    QuoteLine line = *quotes.addItem(q.id, u"Service plan"_s);
    line.amounts.unitPrice = 1200'00;
    REQUIRE(quotes.saveLine(line));
    return q;
}

QStringList numbers(const QTableView* table) {
    QStringList list;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        list.append(table->model()->index(row, QuoteListModel::Number).data().toString());
    return list;
}

} // namespace

TEST_CASE("Go › Quotes lists every quote, filters by status, searches and opens one in its editor", "[ui][quotes]") {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Test::WorkspaceFixture f;
    const Quote fleet = makeQuote(f.tmp.db(), u"Northwind Traders"_s, u"Fleet renewal"_s);
    const Quote framework = makeQuote(f.tmp.db(), u"苏州智远科技有限公司"_s, u"年度框架协议"_s);
    REQUIRE(QuoteLifecycle(f.tmp.db()).send(framework.id, QDate::currentDate()));

    QTest::keyClick(f.window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = f.child<QuotesDialog>(f.window.get(), u"quotesDialog"_s);
    REQUIRE(dialog->isVisible());
    auto* table = f.child<QTableView>(dialog, u"quoteList"_s);
    auto* search = f.child<QLineEdit>(dialog, u"quoteSearch"_s);
    CHECK(dialog->focusWidget() == search); // typing searches at once
    // Newest number first, every column filled.
    CHECK(numbers(table) == QStringList{framework.number, fleet.number});
    CHECK(table->model()->index(0, QuoteListModel::Customer).data().toString() == u"苏州智远科技有限公司"_s);
    CHECK(table->model()->index(0, QuoteListModel::Title).data().toString() == u"年度框架协议"_s);
    CHECK(table->model()->index(0, QuoteListModel::Status).data().toString() == u"Sent"_s);
    CHECK(table->model()->index(0, QuoteListModel::Total).data().toString() == u"1,200.00 EUR"_s);
    CHECK_FALSE(table->model()->index(0, QuoteListModel::ValidUntil).data().toString().isEmpty());
    CHECK(f.child<QLabel>(dialog, u"quoteCount"_s)->text() == u"Quotes: 2"_s);

    auto* status = f.child<QComboBox>(dialog, u"quoteStatusFilter"_s);
    status->setCurrentIndex(status->findData(u"draft"_s));
    CHECK(numbers(table) == QStringList{fleet.number});
    status->setCurrentIndex(0);
    QTest::keyClicks(search, u"north"_s);
    CHECK(numbers(table) == QStringList{fleet.number});
    search->clear();
    QTest::keyClicks(search, u"nothing like it"_s);
    CHECK(table->model()->rowCount() == 0);
    CHECK(f.child<QLabel>(dialog, u"quoteCount"_s)->text() == u"No quote matches."_s);
    search->clear();

    // The totals cannot be sorted by the store: the list stays as it was.
    table->horizontalHeader()->setSortIndicator(QuoteListModel::Total, Qt::AscendingOrder);
    CHECK(table->horizontalHeader()->sortIndicatorSection() == QuoteListModel::Number);
    CHECK(numbers(table) == QStringList{framework.number, fleet.number});

    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto* editor = dialog->findChild<QuoteEditor*>();
    REQUIRE(editor != nullptr);
    CHECK(editor->quoteId() == fleet.id);
    CHECK(editor->isVisible());
    editor->close();
    QLocale::setDefault(QLocale::c());
}
