#include "../ListChecks.h"
#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "models/OpportunityListModel.h"
#include "opportunities/BoardColumn.h"
#include "opportunities/BoardColumnView.h"
#include "opportunities/OpportunitiesSection.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/MessageBanner.h"

#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

const QString kLongOwner = u"Klaus Maximilian Hoffmann-Brandenburg"_s;
const QString kLongName = u"Rahmenvertrag Ersatzteile und Wartung für alle Werke in Süddeutschland 2026"_s;

struct SectionFixture : Test::WorkspaceFixture {
    OpportunitiesSection* section = nullptr;

    SectionFixture() {
        Account account;
        account.name = u"Maier Maschinenbau GmbH & Co. KG"_s;
        const QString accountId = AccountRepository(tmp.db()).save(account)->id;
        User owner;
        owner.name = kLongOwner;
        const QString ownerId = UserRepository(tmp.db()).save(owner)->id;
        for (int i = 0; i < 6; ++i) {
            Opportunity o;
            o.name = i == 0 ? kLongName : u"Wartung %1"_s.arg(i);
            o.accountId = accountId;
            o.ownerId = ownerId;
            o.amount = 1250000 + i;
            o.currency = u"EUR"_s;
            o.stage = u"qualification"_s;
            o.closeDate = QDate(2026, 6, 30);
            REQUIRE(OpportunityRepository(tmp.db()).save(o));
        }
        window->resize(1366, 768);
        section = window->opportunities();
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        REQUIRE(window->currentSection() == section);
    }
};

} // namespace

TEST_CASE("a message over the opportunity list never moves the rows under the pointer", "[ui][banner]") {
    SectionFixture f;
    f.section->setMode(OpportunitiesSection::Mode::List);
    QTableView* list = f.section->list();
    REQUIRE(QTest::qWaitFor([&] { return list->model()->rowCount() == 6; }));
    Test::settle();
    const QModelIndex row = list->model()->index(2, OpportunityListModel::Name);
    const QRect before = Test::globalRect(list, row);

    f.section->banner()->showMessage(u"Saved."_s, MessageBanner::Type::Positive);
    Test::settle();
    CHECK(Test::globalRect(list, row) == before);
    CHECK(list->indexAt(list->viewport()->mapFromGlobal(before.center())) == row);
}

TEST_CASE("on a 1366 by 768 screen every column of the opportunity list is in view", "[ui][columns]") {
    SectionFixture f;
    f.section->setMode(OpportunitiesSection::Mode::List);
    QTableView* list = f.section->list();
    REQUIRE(QTest::qWaitFor([&] { return list->model()->rowCount() == 6; }));
    Test::settle();
    Test::checkColumnsOnScreen(list);
    // The long name is cut in the list, and shows in full on hover.
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex name = list->model()->index(row, OpportunityListModel::Name);
        if (name.data().toString() == kLongName)
            CHECK(Test::hoverText(list, list->visualRect(name).center()) == kLongName);
    }
}

TEST_CASE("a board card's name or owner cut short shows in full on hover", "[ui][board]") {
    SectionFixture f;
    f.section->setMode(OpportunitiesSection::Mode::Board);
    Test::settle();
    BoardColumnView* view = f.child<BoardColumn>(f.section, u"boardColumn_qualification"_s)->view();
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount(view->rootIndex()) == 6; }));
    QModelIndex card;
    for (int row = 0; row < 6; ++row)
        if (view->model()->index(row, 0, view->rootIndex()).data().toString() == kLongName)
            card = view->model()->index(row, 0, view->rootIndex());
    REQUIRE(card.isValid());
    view->scrollTo(card);
    Test::settle();

    // The card's lines: the name first, the owner with the close date last (4 px margin, 8 padding).
    const QRect rect = view->visualRect(card);
    const int line = view->fontMetrics().height() + 2;
    const int x = rect.left() + 20;
    const int top = rect.top() + 4 + 8 + view->fontMetrics().height() / 2;
    CHECK(Test::hoverText(view, QPoint(x, top)) == kLongName);
    CHECK(Test::hoverText(view, QPoint(x, top + 3 * line)) == kLongOwner);
}
