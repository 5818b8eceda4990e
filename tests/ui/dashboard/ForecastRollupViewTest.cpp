#include "SmallDemo.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "dashboard/AdjustForecastDialog.h"
#include "dashboard/ForecastRollupView.h"
#include "models/ForecastRollupModel.h"
#include "services/ForecastReport.h"
#include "store/db/Database.h"
#include "store/records/ForecastHistoryRepository.h"
#include "store/records/UserRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

using Model = ForecastRollupModel;

qint64 amountAt(const QModelIndex& row, int column) {
    return row.siblingAtColumn(column).data(Model::AmountRole).toLongLong();
}

/// Every team row holds exactly its children: the manager's own deals and each person below.
int checkRollUp(const QAbstractItemModel& model, const QModelIndex& parent) {
    int teams = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex row = model.index(r, 0, parent);
        if (!row.data(Model::TeamRole).toBool())
            continue;
        ++teams;
        for (const int column : {Model::ClosedWon, Model::Commit, Model::BestCase, Model::Pipeline, Model::Earned,
                                 Model::ExpectedCommit, Model::ExpectedBestCase}) {
            qint64 sum = 0;
            for (int c = 0; c < model.rowCount(row); ++c)
                sum += amountAt(model.index(c, 0, row), column);
            INFO(row.data().toString().toStdString() << " column " << column);
            CHECK(amountAt(row, column) == sum);
        }
        teams += checkRollUp(model, row);
    }
    return teams;
}

/// The first row of a person without anyone below them (a rep's own deals, not a manager's).
QModelIndex firstRep(const QAbstractItemModel& model, const QModelIndex& parent) {
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex row = model.index(r, 0, parent);
        if (!row.data(Model::TeamRole).toBool() && model.rowCount(row) == 0 && r > 0)
            return row;
        if (const QModelIndex below = firstRep(model, row); below.isValid())
            return below;
    }
    return {};
}

struct Fixture {
    Test::TempDatabase tmp;
    ForecastRollupView view{tmp.db()};
    DashboardFilter filter;

    Fixture() {
        Test::generateSmallDemo(tmp.db());
        show();
        // This fiscal year: the demo's deals lie around today.
        filter.fiscalYear = view.model()->engine()->calendar().fiscalYearOf(QDate::currentDate());
        show();
    }
    void show() {
        auto engine = ForecastReport::engine(tmp.db());
        REQUIRE(engine);
        view.setForecast(*engine, filter);
    }
};

} // namespace

TEST_CASE("the team forecast rolls each manager's team up from their own deals and the people below them",
          "[ui][dashboard][forecast]") {
    Fixture f;
    Model& model = *f.view.model();
    REQUIRE(f.view.periodBox()->count() == 5); // four quarters and the year
    for (int p = 0; p < f.view.periodBox()->count(); ++p) {
        f.view.periodBox()->setCurrentIndex(p);
        REQUIRE(model.rowCount() > 0);
        CHECK(checkRollUp(model, {}) > 0);
    }
    // The top row is the whole company: the engine's total for the year.
    const ForecastEngine& engine = *model.engine();
    const FiscalPeriod year = model.period();
    REQUIRE(year.kind == PeriodKind::Year);
    const auto total = engine.rows({.period = PeriodKind::Year,
                                    .from = year.first,
                                    .to = year.first,
                                    .by = ForecastDimension::Total,
                                    .filter = {}});
    REQUIRE(total.size() == 1);
    qint64 won = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        won += amountAt(model.index(r, 0), Model::ClosedWon);
    CHECK(won == total.front().figures.closedWon);
}

TEST_CASE("a manager adjusts a rep's forecast with a note, the team shows the difference, the history keeps it "
          "and clearing withdraws it",
          "[ui][dashboard][forecast]") {
    Fixture f;
    Model& model = *f.view.model();
    const QModelIndex rep = firstRep(model, {});
    REQUIRE(rep.isValid());
    const QString repId = rep.data(Model::UserIdRole).toString();
    const qint64 commit = amountAt(rep, Model::Commit);
    const QModelIndex team = model.parent(rep);
    REQUIRE(team.isValid());
    const QString managerId = team.data(Model::UserIdRole).toString();
    const qint64 teamCommit = amountAt(team, Model::Commit);
    f.view.tree()->setCurrentIndex(rep);
    REQUIRE(f.view.adjustButton()->isEnabled());

    AdjustForecastDialog* dialog = f.view.adjustSelected();
    REQUIRE(dialog);
    CHECK(dialog->history()->topLevelItemCount() == 1); // "Not adjusted yet"
    dialog->commitEdit()->setText(u"abc"_s);
    CHECK(!dialog->save(false));
    CHECK(ForecastHistoryRepository(f.tmp.db()).adjustments()->isEmpty());
    dialog->commitEdit()->setText(QLocale().toString(double(commit + 500'000) / 100, 'f', 2));
    dialog->bestCaseEdit()->setText(QLocale().toString(double(commit + 900'000) / 100, 'f', 2));
    dialog->noteEdit()->setPlainText(u"Zhang's renewal closes early 提前续约"_s);
    REQUIRE(dialog->save(false));
    dialog->close();

    f.show();
    const QModelIndex adjusted = model.indexOf(repId, false);
    REQUIRE(adjusted.isValid());
    CHECK(amountAt(adjusted, Model::Commit) == commit); // the deals' own figure stays beside it
    CHECK(amountAt(adjusted, Model::AdjustedCommit) == commit + 500'000);
    CHECK(amountAt(adjusted, Model::AdjustedBestCase) == commit + 900'000);
    CHECK(adjusted.siblingAtColumn(Model::Note).data().toString() == u"Zhang's renewal closes early 提前续约"_s);
    const QModelIndex teamAgain = model.indexOf(managerId, true);
    CHECK(amountAt(teamAgain, Model::Commit) == teamCommit);
    CHECK(amountAt(teamAgain, Model::AdjustedCommit) == teamCommit + 500'000);

    f.view.tree()->setCurrentIndex(adjusted);
    dialog = f.view.adjustSelected();
    REQUIRE(dialog);
    REQUIRE(dialog->history()->topLevelItemCount() == 1);
    CHECK(dialog->history()->topLevelItem(0)->text(4) == u"Zhang's renewal closes early 提前续约"_s);
    REQUIRE(dialog->save(true));
    dialog->close();
    f.show();
    CHECK(!model.indexOf(repId, false).siblingAtColumn(Model::AdjustedCommit).data(Model::AmountRole).isValid());
    CHECK(ForecastHistoryRepository(f.tmp.db()).adjustments()->size() == 2); // the history is kept
}

TEST_CASE("the local user submits their own forecast and a rep may not adjust", "[ui][dashboard][forecast]") {
    Fixture f;
    const QString me = f.tmp.db().localUserId();
    QModelIndex mine = f.view.model()->indexOf(me, true);
    if (!mine.isValid())
        mine = f.view.model()->indexOf(me, false);
    REQUIRE(mine.isValid());
    f.view.tree()->setCurrentIndex(mine);
    CHECK(f.view.submitButton()->isEnabled());
    REQUIRE(f.view.submitSelected(u"As discussed on Monday"_s));
    const auto snapshots = ForecastHistoryRepository(f.tmp.db()).snapshots();
    REQUIRE(snapshots);
    const auto submitted = std::count_if(snapshots->cbegin(), snapshots->cend(), [&](const ForecastSnapshot& s) {
        return s.submitted && s.subjectId == me && s.note == u"As discussed on Monday"_s;
    });
    CHECK(submitted == 1);

    const QModelIndex other = firstRep(*f.view.model(), {});
    f.view.tree()->setCurrentIndex(other);
    CHECK(!f.view.submitButton()->isEnabled());
    CHECK(!f.view.submitSelected(u"not mine"_s));

    auto user = UserRepository(f.tmp.db()).localUser();
    REQUIRE(user);
    user->role = UserRole::Rep;
    REQUIRE(UserRepository(f.tmp.db()).save(*user));
    f.show();
    CHECK(!f.view.adjustButton()->isEnabled());
    CHECK(f.view.adjustSelected() == nullptr);
}
