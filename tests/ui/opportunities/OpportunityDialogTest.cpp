#include "StringMakers.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "opportunities/OpportunityDialog.h"
#include "opportunities/OpportunityHistoryPane.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "widgets/UndoHistory.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 5);

struct Fixture {
    Test::TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    Opportunity opportunity;

    Fixture() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Nine in the morning, a second later at every reading: saves follow each other in time.
        Clock::setSource([ms = QDateTime(kToday, QTime(9, 0)).toMSecsSinceEpoch()]() mutable { return ms += 1000; });
        Account a;
        a.name = u"Nordwind GmbH"_s;
        a = *AccountRepository(tmp.db()).save(a);
        Opportunity o;
        o.name = u"Gateway roll-out"_s;
        o.accountId = a.id;
        o.amount = 10'000'00;
        o.currency = u"EUR"_s;
        o.closeDate = QDate(2026, 12, 15);
        o.stage = u"proposal"_s;
        opportunity = *OpportunityRepository(tmp.db()).save(o);
    }
    ~Fixture() { Clock::setSource({}); }
    Opportunity stored() { return *OpportunityRepository(tmp.db()).get(opportunity.id); }
};

QString shortDate(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

TEST_CASE("the History tab tells the stage, amount and close-date changes as people read them", "[ui][opportunities]") {
    Fixture f;
    OpportunityRepository repo(f.tmp.db());
    Opportunity o = f.stored();
    o.stage = u"negotiation"_s;
    o.amount = 12'500'00;
    o = *repo.save(o);
    o.stage = u"won"_s;
    o = *repo.save(o); // closes today

    OpportunityDialog dialog(f.context, o);
    auto* tabs = dialog.findChild<QTabWidget*>(u"opportunityTabs"_s);
    REQUIRE(tabs);
    auto* history = dialog.findChild<OpportunityHistoryPane*>(u"opportunityHistory"_s);
    REQUIRE(history);
    CHECK(tabs->tabText(tabs->indexOf(history)) == u"&History"_s);
    auto* list = history->findChild<QTreeWidget*>(u"historyList"_s);
    REQUIRE(list->topLevelItemCount() == 7);
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows.append(list->topLevelItem(i)->text(OpportunityHistoryPane::Field) + u": "_s +
                    list->topLevelItem(i)->text(OpportunityHistoryPane::Change));
    // Newest first; within one save, in the order stage, amount, close date.
    CHECK(rows == QStringList{u"Stage: Negotiation → Won"_s,
                              u"Close date: %1 → %2"_s.arg(shortDate(QDate(2026, 12, 15)), shortDate(kToday)),
                              u"Stage: Proposal → Negotiation"_s, u"Amount: 10,000.00 EUR → 12,500.00 EUR"_s,
                              u"Stage: Set to Proposal"_s, u"Amount: Set to 10,000.00 EUR"_s,
                              u"Close date: Set to %1"_s.arg(shortDate(QDate(2026, 12, 15)))});
    CHECK(list->topLevelItem(0)->text(OpportunityHistoryPane::When).startsWith(shortDate(kToday) + u' '));
}

TEST_CASE("choosing Won or Lost in the form proposes today as the close date, and a date the user picks stays",
          "[ui][opportunities]") {
    Fixture f;
    {
        OpportunityDialog dialog(f.context, f.opportunity);
        auto* stage = dialog.findChild<QComboBox*>(u"stageCombo"_s);
        auto* date = dialog.findChild<QDateEdit*>(u"closeDateEdit"_s);
        stage->setCurrentIndex(stage->findData(u"won"_s));
        CHECK(date->date() == kToday);
        stage->setCurrentIndex(stage->findData(u"negotiation"_s)); // open again: the expected date is back
        CHECK(date->date() == QDate(2026, 12, 15));
        stage->setCurrentIndex(stage->findData(u"won"_s));
        dialog.save();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(f.stored().closeDate == kToday);
    CHECK(f.stored().stage == u"won"_s);

    // Reopened to an open stage, then won again on the date the user names: the expected one.
    Opportunity reopened = f.stored();
    reopened.stage = u"negotiation"_s;
    reopened.closeDate = QDate(2026, 12, 15);
    f.opportunity = *OpportunityRepository(f.tmp.db()).save(reopened);
    OpportunityDialog dialog(f.context, f.opportunity);
    auto* stage = dialog.findChild<QComboBox*>(u"stageCombo"_s);
    auto* date = dialog.findChild<QDateEdit*>(u"closeDateEdit"_s);
    stage->setCurrentIndex(stage->findData(u"won"_s));
    date->setDate(QDate(2026, 11, 2));
    date->setDate(QDate(2026, 12, 15));
    stage->setCurrentIndex(stage->findData(u"negotiation"_s));
    stage->setCurrentIndex(stage->findData(u"won"_s)); // the user's date stays
    CHECK(date->date() == QDate(2026, 12, 15));
    dialog.save();
    CHECK(f.stored().closeDate == QDate(2026, 12, 15));
}

TEST_CASE("the Quotes tab gives a long title its own column, elided, with the whole title in the tooltip",
          "[ui][opportunities][quotes]") {
    Fixture f;
    QuoteRepository quotes(f.tmp.db());
    Quote q = *quotes.createFromOpportunity(f.opportunity.id);
    const QString title = u"Industrial gateways for the Suzhou and Wuxi plants, including installation, training "
                          u"and three years of premium support"_s;
    q.title = title;
    REQUIRE(quotes.save(q));

    OpportunityDialog dialog(f.context, f.opportunity);
    dialog.show();
    auto* tabs = dialog.findChild<QTabWidget*>(u"opportunityTabs"_s);
    auto* list = dialog.findChild<QTreeWidget*>(u"quoteList"_s);
    REQUIRE(list);
    tabs->setCurrentWidget(list->parentWidget());
    REQUIRE(list->topLevelItemCount() == 1);
    const QTreeWidgetItem* item = list->topLevelItem(0);
    CHECK(item->text(0) == q.displayNumber());
    CHECK(item->text(1) == title);
    CHECK(item->toolTip(1).contains(title));
    CHECK(item->toolTip(0).contains(title));
    // The number, status, total and date are never cut; the title takes the rest of the width.
    QHeaderView* header = list->header();
    CHECK(header->sectionResizeMode(1) == QHeaderView::Stretch);
    for (int column : {0, 2, 3, 4}) {
        INFO(column);
        CHECK(header->sectionSize(column) >= list->fontMetrics().horizontalAdvance(item->text(column)));
    }
    CHECK(list->textElideMode() == Qt::ElideRight);
    // At the dialog's first size a title as long as the demo data's fits whole.
    CHECK(header->sectionSize(1) >=
          list->fontMetrics().horizontalAdvance(u"Brightwater Packaging – Annual framework agreement"_s) + 8);
}
