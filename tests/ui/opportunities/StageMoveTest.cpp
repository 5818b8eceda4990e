#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "opportunities/OpportunitiesSection.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "widgets/MessageBanner.h"

#include <QAction>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

struct StageMoveFixture : Test::WorkspaceFixture {
    OpportunitiesSection* section = nullptr;

    StageMoveFixture() {
        section = window->opportunities();
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        REQUIRE(window->currentSection() == section);
    }

    QString account(const QString& name) {
        Account a;
        a.name = name;
        return AccountRepository(tmp.db()).save(a).value().id;
    }
    QString add(const QString& name, const QString& accountId) {
        Opportunity o;
        o.name = name;
        o.accountId = accountId;
        o.amount = 100'000;
        o.currency = u"EUR"_s;
        o.stage = u"prospecting"_s;
        o.closeDate = QDate(2026, 6, 30);
        return OpportunityRepository(tmp.db()).save(o).value().id;
    }
    QString stage(const QString& id) { return OpportunityRepository(tmp.db()).get(id).value().stage; }
};

} // namespace

TEST_CASE("several cards moved at once go back with one undo, from the banner or the Edit menu",
          "[ui][board][workflows]") {
    StageMoveFixture f;
    const QString acme = f.account(u"Acme"_s);
    const QString a = f.add(u"Framework"_s, acme);
    const QString b = f.add(u"Sensors"_s, acme);
    const QString c = f.add(u"Pilot"_s, acme);

    f.section->moveToStage({a, b, c}, u"proposal"_s);
    CHECK(f.stage(a) == u"proposal"_s);
    CHECK(f.stage(c) == u"proposal"_s);
    CHECK(f.section->banner()->text().contains(u"3"_s));
    REQUIRE(f.section->banner()->triggerAction()); // Undo
    CHECK(f.stage(a) == u"prospecting"_s);
    CHECK(f.stage(b) == u"prospecting"_s);
    CHECK(f.stage(c) == u"prospecting"_s);

    auto* redo = f.child<QAction>(f.window.get(), u"redoAction"_s);
    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(f.stage(b) == u"proposal"_s);
    auto* undo = f.child<QAction>(f.window.get(), u"undoAction"_s);
    undo->trigger();
    CHECK(f.stage(a) == u"prospecting"_s);
    CHECK(f.stage(b) == u"prospecting"_s);
    CHECK(f.stage(c) == u"prospecting"_s);
    CHECK_FALSE(undo->isEnabled()); // the whole move was one step
}

TEST_CASE("a move of several cards the store refuses for one of them moves none and offers no undo",
          "[ui][board][workflows]") {
    StageMoveFixture f;
    const QString acme = f.account(u"Acme"_s);
    const QString gone = f.account(u"Gone Ltd"_s);
    const QString a = f.add(u"Framework"_s, acme);
    const QString b = f.add(u"Sensors"_s, gone);
    REQUIRE(AccountRepository(f.tmp.db()).remove(gone));
    auto* undo = f.child<QAction>(f.window.get(), u"undoAction"_s);
    const bool couldUndo = undo->isEnabled();

    f.section->moveToStage({a, b}, u"proposal"_s);
    CHECK(f.stage(a) == u"prospecting"_s);
    CHECK(f.stage(b) == u"prospecting"_s);
    CHECK(f.section->banner()->text().contains(u"Sensors"_s));
    CHECK(f.section->banner()->type() == MessageBanner::Type::Error);
    CHECK(undo->isEnabled() == couldUndo);
}
