#include "../ListChecks.h"
#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "common/Clock.h"
#include "models/OpportunityListModel.h"
#include "models/PipelineBoardModel.h"
#include "opportunities/BoardColumn.h"
#include "opportunities/BoardColumnView.h"
#include "opportunities/OpportunitiesSection.h"
#include "opportunities/OpportunityDialog.h"
#include "opportunities/StageMove.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "widgets/UndoHistory.h"

#include <QCheckBox>
#include <QLabel>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

const QDate kToday(2026, 11, 5);
const QString kMissing =
    u"Needs attention:\nIt has no account yet.\nIt has no expected close date.\nIt has no amount and no products."_s;

/// One complete opportunity and one imported without account, close date and amount.
struct AttentionFixture : Test::WorkspaceFixture {
    OpportunitiesSection* section = nullptr;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    QString completeId;
    QString importedId;

    AttentionFixture() {
        Clock::setSource([] { return QDateTime(kToday, QTime(9, 0)).toMSecsSinceEpoch(); });
        Account account;
        account.name = u"Cancity"_s;
        Opportunity complete;
        complete.name = u"Complete"_s;
        complete.accountId = AccountRepository(tmp.db()).save(account)->id;
        complete.amount = 1054'00;
        complete.currency = u"USD"_s;
        complete.stage = u"qualification"_s;
        complete.closeDate = QDate(2027, 3, 1);
        completeId = OpportunityRepository(tmp.db()).save(complete)->id;
        Opportunity imported;
        imported.name = u"HAXMC4IX"_s;
        imported.currency = u"USD"_s;
        imported.stage = u"qualification"_s;
        importedId = OpportunityRepository(tmp.db())
                         .save(imported, OpportunityRepository::ClosingDate::TodayUnlessChanged,
                               OpportunityRepository::Gaps::Accepted)
                         ->id;
        window->resize(1366, 768);
        section = window->opportunities();
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        REQUIRE(window->currentSection() == section);
    }
    ~AttentionFixture() { Clock::setSource({}); }

    Opportunity stored(const QString& id) { return OpportunityRepository(tmp.db()).get(id).value(); }
};

} // namespace

TEST_CASE("a card that needs attention is marked and says on hover what is missing", "[ui][board][attention]") {
    AttentionFixture f;
    f.section->setMode(OpportunitiesSection::Mode::Board);
    Test::settle();
    BoardColumnView* view = f.child<BoardColumn>(f.section, u"boardColumn_qualification"_s)->view();
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount(view->rootIndex()) == 2; }));
    QModelIndex flagged;
    QModelIndex complete;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex card = view->model()->index(row, 0, view->rootIndex());
        (card.data(PipelineBoardModel::IdRole).toString() == f.importedId ? flagged : complete) = card;
    }
    REQUIRE(flagged.isValid());
    REQUIRE(complete.isValid());
    CHECK(complete.data(PipelineBoardModel::AttentionRole).toInt() == 0);
    view->scrollTo(flagged);
    Test::settle();
    // The mark sits at the right end of the name line (4 px margin, 8 padding).
    const QRect rect = view->visualRect(flagged);
    const int height = view->fontMetrics().height();
    const QPoint mark(rect.right() - 4 - 8 - height / 2, rect.top() + 4 + 8 + height / 2);
    CHECK(Test::hoverText(view, QPoint(rect.left() + 20, mark.y())).isEmpty()); // the name is not cut short
    CHECK(Test::hoverText(view, mark) == kMissing);

    // The filter keeps only what needs attention, on the board and in the list.
    f.child<QCheckBox>(f.window.get(), u"attentionFilter"_s)->setChecked(true);
    REQUIRE(QTest::qWaitFor([&] { return f.section->boardModel()->totalCount() == 1; }));
    CHECK(view->model()->index(0, 0, view->rootIndex()).data(PipelineBoardModel::IdRole).toString() == f.importedId);
    f.section->setMode(OpportunitiesSection::Mode::List);
    QTableView* list = f.section->list();
    REQUIRE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }));
    const QModelIndex row = list->model()->index(0, OpportunityListModel::Name);
    CHECK(row.data().toString() == u"HAXMC4IX"_s);
    CHECK_FALSE(row.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(list->model()->index(0, OpportunityListModel::Stage).data(Qt::ToolTipRole).toString() == kMissing);
    f.child<QCheckBox>(f.window.get(), u"attentionFilter"_s)->setChecked(false);
    REQUIRE(QTest::qWaitFor([&] { return list->model()->rowCount() == 2; }));
}

TEST_CASE("a flagged opportunity moves on the board and its dialog says what is missing and saves it",
          "[ui][opportunities][attention]") {
    AttentionFixture f;
    // A stage move (drag or menu) works on it and keeps what is missing missing.
    const auto moved = StageMove::run(f.context, f.window.get(), Pipeline::standard(), {f.importedId}, u"proposal"_s);
    REQUIRE(moved);
    CHECK(moved->error.isEmpty());
    CHECK(f.stored(f.importedId).stage == u"proposal"_s);
    CHECK_FALSE(f.stored(f.importedId).closeDate.isValid());

    OpportunityDialog dialog(f.context, f.stored(f.importedId));
    auto* note = f.child<QLabel>(&dialog, u"attentionNote"_s);
    CHECK_FALSE(note->isHidden());
    CHECK(note->text() == u"This opportunity needs attention:\nIt has no account yet.\nIt has no expected close "
                          u"date.\nIt has no amount and no products.\nThe close date in the form is only proposed; "
                          u"saving keeps it."_s);
    dialog.save(); // without an account: it had none, so that is not refused
    CHECK(dialog.result() == QDialog::Accepted);
    const Opportunity saved = f.stored(f.importedId);
    CHECK(saved.closeDate == kToday); // what the form showed
    CHECK(OpportunityRepository(f.tmp.db()).attention(saved).value() ==
          (AttentionReason::NoAccount | AttentionReason::NoAmount));

    OpportunityDialog completeDialog(f.context, f.stored(f.completeId));
    CHECK(f.child<QLabel>(&completeDialog, u"attentionNote"_s)->isHidden());
}
