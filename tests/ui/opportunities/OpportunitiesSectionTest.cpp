#include "../ListChecks.h"
#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "models/OpportunityListModel.h"
#include "opportunities/BoardColumn.h"
#include "opportunities/BoardColumnView.h"
#include "opportunities/OpportunitiesSection.h"
#include "store/AccountRepository.h"
#include "store/OpportunityRepository.h"
#include "store/UserRepository.h"
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
