#include "../ListChecks.h"
#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "leads/LeadsSection.h"
#include "models/LeadListModel.h"
#include "store/records/LeadRepository.h"
#include "widgets/MessageBanner.h"

#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

struct LeadListFixture : Test::WorkspaceFixture {
    LeadsSection* section = nullptr;
    QTableView* list = nullptr;

    LeadListFixture() {
        for (int i = 0; i < 8; ++i) {
            Lead l;
            l.firstName = u"Anna"_s;
            l.lastName = u"Schmidt %1"_s.arg(i);
            l.company = u"Schmidt Logistik und Lagertechnik GmbH"_s;
            l.email = u"anna.schmidt%1@schmidt-logistik.example.de"_s.arg(i);
            l.phone = u"+49 89 1234567"_s;
            l.source = u"Trade fair"_s;
            REQUIRE(LeadRepository(tmp.db()).save(l));
        }
        window->resize(1366, 768);
        section = window->leads();
        QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
        REQUIRE(window->currentSection() == section);
        list = section->list();
        REQUIRE(QTest::qWaitFor([this] { return list->model()->rowCount() == 8; }));
        Test::settle();
    }
};

} // namespace

TEST_CASE("a message over the lead list never moves the rows under the pointer", "[ui][banner]") {
    LeadListFixture f;
    const QModelIndex row = f.list->model()->index(4, LeadListModel::Name);
    const QRect before = Test::globalRect(f.list, row);
    f.section->banner()->showMessage(u"“Anna Schmidt” added."_s, MessageBanner::Type::Positive);
    Test::settle();
    CHECK(Test::globalRect(f.list, row) == before);
    CHECK(f.list->indexAt(f.list->viewport()->mapFromGlobal(before.center())) == row);
}

TEST_CASE("on a 1366 by 768 screen every column of the lead list is in view", "[ui][columns]") {
    LeadListFixture f;
    Test::checkColumnsOnScreen(f.list);
    const QModelIndex company = f.list->model()->index(0, LeadListModel::Company);
    if (f.list->visualRect(company).width() <
        f.list->fontMetrics().horizontalAdvance(u"Schmidt Logistik und Lagertechnik GmbH"_s))
        CHECK(Test::hoverText(f.list, f.list->visualRect(company).center()) ==
              u"Schmidt Logistik und Lagertechnik GmbH"_s);
}
