#include "StringMakers.h"
#include "TempDatabase.h"
#include "quotes/OpportunityQuotesPane.h"
#include "quotes/QuoteEditor.h"
#include "quotes/SellerProfileDialog.h"
#include "services/CompanyProfile.h"
#include "services/QuoteSheet.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "store/records/UserRepository.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct PaneFixture {
    Test::TempDatabase tmp;
    QString opportunityId;
    OpportunityQuotesPane pane{tmp.db()};

    PaneFixture() {
        Account a;
        a.name = u"Northwind Traders"_s;
        a = *AccountRepository(tmp.db()).save(a);
        Opportunity o;
        o.name = u"Fleet renewal"_s;
        o.accountId = a.id;
        o.currency = u"EUR"_s;
        o.closeDate = QDate::currentDate().addMonths(1);
        o.stage = u"proposal"_s;
        opportunityId = OpportunityRepository(tmp.db()).save(o)->id;
        pane.setOpportunity(opportunityId);
        pane.show();
    }
    SellerProfileDialog* sellerDialog() const { return pane.findChild<SellerProfileDialog*>(u"sellerProfileDialog"_s); }
    qsizetype quoteCount() { return QuoteRepository(tmp.db()).forOpportunity(opportunityId)->size(); }
};

template<class T>
T* child(const QWidget* parent, const QString& name) {
    T* found = parent->findChild<T*>(name);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("the first quote asks once for the user's name and the company, and prints them", "[ui][quotes]") {
    PaneFixture f;
    f.pane.createQuote();
    SellerProfileDialog* dialog = f.sellerDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    CHECK(f.quoteCount() == 0); // made once the dialog closes

    auto* name = child<QLineEdit>(dialog, u"userName"_s);
    name->clear();
    QTest::keyClicks(name, u"Maria Schmidt"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"companyName"_s), u"Fieldbook Demo GmbH"_s);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"companyAddress"_s), u"Hauptstraße 1, 10115 Berlin"_s);
    child<QDoubleSpinBox>(dialog, u"defaultTaxRate"_s)->setValue(19);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);

    const CompanyProfile company = CompanyProfile::load(f.tmp.db());
    CHECK(company.name == u"Fieldbook Demo GmbH"_s);
    CHECK(company.defaultTaxRate == Decimal4::fromInt(19));
    CHECK(UserRepository(f.tmp.db()).localUser()->name == u"Maria Schmidt"_s);
    REQUIRE(f.quoteCount() == 1);
    const Quote quote = QuoteRepository(f.tmp.db()).forOpportunity(f.opportunityId)->first();
    CHECK(QuoteSheet::load(f.tmp.db(), quote.id)->ownerName == u"Maria Schmidt"_s);
    CHECK(f.pane.findChild<QuoteEditor*>() != nullptr); // the new quote is open

    CHECK(QTest::qWaitFor([&] { return f.sellerDialog() == nullptr; })); // closed and gone
    f.pane.createQuote();
    CHECK(f.sellerDialog() == nullptr); // asked once
    CHECK(f.quoteCount() == 2);
}

TEST_CASE("the seller's details can wait: Later makes the quote and does not ask again", "[ui][quotes]") {
    PaneFixture f;
    f.pane.createQuote();
    SellerProfileDialog* dialog = f.sellerDialog();
    REQUIRE(dialog != nullptr);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    CHECK(f.quoteCount() == 1);
    CHECK(CompanyProfile::load(f.tmp.db()).isEmpty());
    CHECK(QTest::qWaitFor([&] { return f.sellerDialog() == nullptr; }));
    f.pane.createQuote();
    CHECK(f.sellerDialog() == nullptr);
    CHECK(f.quoteCount() == 2);
}
