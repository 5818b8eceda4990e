#include "StringMakers.h"
#include "TempDatabase.h"

#include "models/QuotaGridModel.h"
#include "store/records/AccountRepository.h"
#include "store/records/CurrencySettings.h"
#include "store/records/ForecastSource.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuotaRepository.h"
#include "store/records/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

using Cell = QuotaGridModel::Cell;

/// Dana (the local user) manages Ada and Eve; Ada manages Bo and Cy; Zed reports to Other. The
/// fiscal year starts in April (FY2027: April 2026 to March 2027), amounts are reported in EUR
/// with 1 USD = 0.9 EUR and no rate for GBP. Quotas (docs/forecast.md, Quotas):
/// - Bo: April, May and June 2026 (10,000, 20,000, 30,000 EUR) and Q2 (90,000 EUR);
/// - Cy: Q1 (25,000 EUR) and the year FY2027 (100,000 USD = 90,000 EUR);
/// - Eve: Q1 in GBP (40,000), which has no rate.
/// Bo won 30,000 EUR on 10 May 2026.
struct Team {
    Test::TempDatabase tmp;
    QMap<QString, QString> ids;

    explicit Team(UserRole role = UserRole::Manager) {
        CurrencyRates rates(u"EUR"_s);
        rates.setRate(u"USD"_s, *ExchangeRate::parse(u"0.9"));
        REQUIRE(CurrencySettings::save(tmp.db(), rates));
        REQUIRE(ForecastSource::setFiscalFirstMonth(tmp.db(), 4));
        UserRepository users(tmp.db());
        User me = *users.localUser();
        me.name = u"Dana"_s;
        REQUIRE(users.save(me));
        ids.insert(u"Dana"_s, me.id);
        add(u"Ada"_s, u"Dana"_s);
        add(u"Eve"_s, u"Dana"_s);
        add(u"Bo"_s, u"Ada"_s);
        add(u"Cy"_s, u"Ada"_s);
        add(u"Other"_s, {});
        add(u"Zed"_s, u"Other"_s);
        quota(u"Bo"_s, u"month"_s, QDate(2026, 4, 1), 10'000'00, u"EUR"_s);
        quota(u"Bo"_s, u"month"_s, QDate(2026, 5, 1), 20'000'00, u"EUR"_s);
        quota(u"Bo"_s, u"month"_s, QDate(2026, 6, 1), 30'000'00, u"EUR"_s);
        quota(u"Bo"_s, u"quarter"_s, QDate(2026, 7, 1), 90'000'00, u"EUR"_s);
        quota(u"Cy"_s, u"quarter"_s, QDate(2026, 4, 1), 25'000'00, u"EUR"_s);
        quota(u"Cy"_s, u"year"_s, QDate(2026, 4, 1), 100'000'00, u"USD"_s);
        quota(u"Eve"_s, u"quarter"_s, QDate(2026, 4, 1), 40'000'00, u"GBP"_s);
        won(u"Bo"_s, QDate(2026, 5, 10), 30'000'00);
        me.role = role; // last: a representative could not have set the quotas above
        REQUIRE(users.save(me));
    }
    void add(const QString& name, const QString& manager) {
        User u;
        u.name = name;
        u.role = UserRole::Manager;
        u.managerId = ids.value(manager);
        auto saved = UserRepository(tmp.db()).save(u);
        REQUIRE(saved);
        ids.insert(name, saved->id);
    }
    void quota(const QString& user, const QString& kind, QDate first, qint64 amount, const QString& currency) {
        REQUIRE(QuotaRepository(tmp.db()).set({.id = {},
                                               .userId = ids.value(user),
                                               .periodKind = kind,
                                               .periodStart = first,
                                               .amount = amount,
                                               .currency = currency}));
    }
    void won(const QString& owner, QDate close, qint64 amount) {
        Account a;
        a.name = u"Northwind"_s;
        auto account = AccountRepository(tmp.db()).save(a);
        REQUIRE(account);
        Opportunity o;
        o.name = u"Deal"_s;
        o.accountId = account->id;
        o.ownerId = ids.value(owner);
        o.stage = u"won"_s;
        o.closeDate = close;
        o.amount = amount;
        o.currency = u"EUR"_s;
        REQUIRE(OpportunityRepository(tmp.db()).save(o));
    }
    std::optional<Quota> stored(const QString& user, const QString& kind, QDate first) {
        const auto all = QuotaRepository(tmp.db()).all();
        REQUIRE(all);
        for (const Quota& q : *all)
            if (q.userId == ids.value(user) && q.periodKind == kind && q.periodStart == first)
                return q;
        return std::nullopt;
    }
};

struct Grid {
    QuotaGridModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    explicit Grid(Team& team, PeriodKind kind = PeriodKind::Quarter)
        : model(team.tmp.db(), QLocale(QLocale::English, QLocale::UnitedStates)) {
        model.show(2027, kind);
        REQUIRE(model.reload());
    }
    QStringList names() const {
        QStringList list;
        for (int r = 0; r < model.rowCount(); ++r)
            list.append(model.index(r, 0).data().toString().trimmed());
        return list;
    }
    QModelIndex cell(const QString& name, int column) const {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data().toString().trimmed() == name)
                return model.index(r, column);
        FAIL("no row " << name.toStdString());
        return {};
    }
    QString text(const QString& name, int column) const { return cell(name, column).data().toString(); }
    qint64 amount(const QString& name, int column) const {
        return cell(name, column).data(QuotaGridModel::AmountRole).toLongLong();
    }
    Cell kind(const QString& name, int column) const {
        return Cell(cell(name, column).data(QuotaGridModel::CellRole).toInt());
    }
};

} // namespace

TEST_CASE("a manager's grid lists everyone below them in the order of the hierarchy", "[models][quota]") {
    Team team;
    Grid grid(team);
    CHECK(grid.names() == QStringList{u"Dana"_s, u"Ada"_s, u"Bo"_s, u"Cy"_s, u"Eve"_s});
    CHECK(grid.cell(u"Bo"_s, 0).data(QuotaGridModel::DepthRole).toInt() == 2);
    CHECK(grid.cell(u"Eve"_s, 0).data(QuotaGridModel::DepthRole).toInt() == 1);
    CHECK(grid.model.columnCount() == 7); // person, Q1–Q4, year, team
    CHECK(grid.model.yearColumn() == 5);
    CHECK(grid.model.headerData(1, Qt::Horizontal).toString() == u"Q1\nApr–Jun"_s);
    CHECK(grid.model.headerData(5, Qt::Horizontal).toString() == u"FY2027\nYear"_s);
    CHECK(grid.model.canEdit());
    CHECK(grid.model.fiscalYears(QDate(2026, 8, 1)) == QList<int>{2026, 2027, 2028});
}

TEST_CASE("an administrator's grid lists every user", "[models][quota]") {
    Team team(UserRole::Admin);
    Grid grid(team);
    CHECK(grid.names() == QStringList{u"Dana"_s, u"Ada"_s, u"Bo"_s, u"Cy"_s, u"Eve"_s, u"Other"_s, u"Zed"_s});
    CHECK(grid.cell(u"Dana"_s, 1).flags().testFlag(Qt::ItemIsEditable)); // an administrator sets their own too
}

TEST_CASE("a period without its own quota shows the sum of its parts, and a manager their team's", "[models][quota]") {
    Team team;
    Grid grid(team);
    CHECK(grid.text(u"Bo"_s, 1) == u"60,000.00"_s); // April + May + June
    CHECK(grid.kind(u"Bo"_s, 1) == Cell::SumOfParts);
    CHECK(grid.text(u"Bo"_s, 2) == u"90,000.00"_s);
    CHECK(grid.kind(u"Bo"_s, 2) == Cell::Own);
    CHECK(grid.kind(u"Bo"_s, 3) == Cell::Empty);
    CHECK(grid.text(u"Bo"_s, 3).isEmpty());
    CHECK(grid.amount(u"Bo"_s, 5) == 150'000'00); // 60,000 + 90,000
    CHECK(grid.kind(u"Bo"_s, 5) == Cell::SumOfParts);
    CHECK(grid.amount(u"Cy"_s, 5) == 90'000'00); // its own, 100,000 USD × 0.9, not Q1's 25,000
    CHECK(grid.kind(u"Cy"_s, 5) == Cell::Own);
    CHECK(grid.cell(u"Cy"_s, 5).data(Qt::ToolTipRole).toString().contains(u"Entered as 100,000.00 USD."_s));
    CHECK(grid.cell(u"Cy"_s, 5).data(Qt::ToolTipRole).toString().contains(u"Its quarters add up to 25,000.00 EUR."_s));
    CHECK(grid.kind(u"Eve"_s, 1) == Cell::Unconverted); // GBP has no rate: it counts as none
    CHECK(grid.amount(u"Eve"_s, 1) == 0);
    CHECK(grid.text(u"Eve"_s, 1) == u"40,000.00 GBP"_s);
    // Teams: Ada has Bo and Cy below her; Dana has Ada, Bo, Cy and Eve; Bo has no one.
    CHECK(grid.amount(u"Ada"_s, 6) == 240'000'00); // 150,000 + 90,000
    CHECK(grid.text(u"Dana"_s, 6) == u"240,000.00"_s);
    CHECK(grid.text(u"Bo"_s, 6).isEmpty());
    CHECK(grid.cell(u"Ada"_s, 1).data(Qt::ToolTipRole).toString().contains(u"Everyone below Ada: 85,000.00 EUR."_s));
    // Attainment: Bo won 30,000 of Q1's 60,000.
    CHECK(grid.cell(u"Bo"_s, 1)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(u"Closed won: 30,000.00 EUR, 50% of the quota."_s));
}

TEST_CASE("the months of the fiscal year are the grid's columns when chosen", "[models][quota]") {
    Team team;
    Grid grid(team, PeriodKind::Month);
    CHECK(grid.model.columnCount() == 15);
    CHECK(grid.model.headerData(1, Qt::Horizontal).toString() == u"Apr\n2026"_s);
    CHECK(grid.model.headerData(12, Qt::Horizontal).toString() == u"Mar\n2027"_s);
    CHECK(grid.text(u"Bo"_s, 2) == u"20,000.00"_s);
    CHECK(grid.kind(u"Bo"_s, 4) == Cell::Empty); // July: Bo's Q2 quota is not split into months
    CHECK(grid.amount(u"Bo"_s, 13) == 150'000'00);
}

TEST_CASE("typing into a cell sets its own quota, clearing it removes it, and restoring undoes it", "[models][quota]") {
    Team team;
    Grid grid(team);
    QSignalSpy edited(&grid.model, &QuotaGridModel::edited);
    REQUIRE(grid.model.setData(grid.cell(u"Bo"_s, 3), u"12,500.5"_s));
    const auto q3 = team.stored(u"Bo"_s, u"quarter"_s, QDate(2026, 10, 1));
    REQUIRE(q3);
    CHECK(q3->amount == 12'500'50);
    CHECK(q3->currency == u"EUR"_s);
    CHECK(grid.amount(u"Bo"_s, 5) == 162'500'50); // 60,000 + 90,000 + 12,500.50
    CHECK(grid.amount(u"Ada"_s, 6) == 252'500'50);

    REQUIRE(grid.model.setData(grid.cell(u"Bo"_s, 1), u"70000"_s)); // over the sum of its months
    CHECK(grid.kind(u"Bo"_s, 1) == Cell::Own);
    CHECK(grid.amount(u"Bo"_s, 5) == 172'500'50);
    REQUIRE(grid.model.setData(grid.cell(u"Bo"_s, 1), QString()));
    CHECK_FALSE(team.stored(u"Bo"_s, u"quarter"_s, QDate(2026, 4, 1)));
    CHECK(grid.kind(u"Bo"_s, 1) == Cell::SumOfParts);
    CHECK(grid.text(u"Bo"_s, 1) == u"60,000.00"_s);
    REQUIRE(edited.size() == 3);

    // Undo the removal, then the first value: as before.
    const auto removal = edited.at(2).at(0).value<QList<QuotaChange>>();
    REQUIRE(removal.size() == 1);
    CHECK(removal.at(0).before->amount == 70'000'00);
    REQUIRE(QuotaGridModel::restore(team.tmp.db(), removal, false));
    CHECK(grid.amount(u"Bo"_s, 1) == 70'000'00);
    REQUIRE(QuotaGridModel::restore(team.tmp.db(), edited.at(0).at(0).value<QList<QuotaChange>>(), false));
    CHECK_FALSE(team.stored(u"Bo"_s, u"quarter"_s, QDate(2026, 10, 1)));
    CHECK(grid.kind(u"Bo"_s, 3) == Cell::Empty);
}

TEST_CASE("the grid refuses what is not an amount and a manager's own quota", "[models][quota]") {
    Team team;
    Grid grid(team);
    QSignalSpy failed(&grid.model, &QuotaGridModel::editFailed);
    CHECK_FALSE(grid.model.setData(grid.cell(u"Bo"_s, 3), u"lots"_s));
    CHECK_FALSE(grid.model.setData(grid.cell(u"Bo"_s, 3), u"-5"_s));
    CHECK_FALSE(grid.cell(u"Dana"_s, 1).flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(grid.model.setData(grid.cell(u"Dana"_s, 1), u"5"_s));
    REQUIRE(failed.size() == 3);
    CHECK(failed.at(0).at(0).toString() == u"“lots” is not an amount in EUR."_s);
    CHECK(failed.at(2).at(0).toString() == u"Your own quotas are set by your manager."_s);
    CHECK_FALSE(team.stored(u"Bo"_s, u"quarter"_s, QDate(2026, 10, 1)));
    CHECK_FALSE(grid.cell(u"Bo"_s, 6).flags().testFlag(Qt::ItemIsEditable)); // the team's total
}

TEST_CASE("a representative reads the grid and cannot change it", "[models][quota]") {
    Team team(UserRole::Rep);
    Grid grid(team);
    CHECK_FALSE(grid.model.canEdit());
    CHECK(grid.names() == QStringList{u"Dana"_s, u"Ada"_s, u"Bo"_s, u"Cy"_s, u"Eve"_s}); // Dana still has reports
    CHECK_FALSE(grid.cell(u"Bo"_s, 1).flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(grid.model.setData(grid.cell(u"Bo"_s, 3), u"5"_s));
    const auto pasted = grid.model.paste({grid.cell(u"Bo"_s, 1)}, u"1\t2\n"_s);
    REQUIRE_FALSE(pasted);
    CHECK(pasted.error().code == ErrorCode::PermissionDenied);
    CHECK(grid.text(u"Bo"_s, 2) == u"90,000.00"_s);
}

TEST_CASE("a pasted value fills every selected cell, and a bad value in a block writes nothing", "[models][quota]") {
    Team team;
    Grid grid(team);
    QSignalSpy edited(&grid.model, &QuotaGridModel::edited);
    const auto filled =
        grid.model.paste({grid.cell(u"Bo"_s, 3), grid.cell(u"Bo"_s, 4), grid.cell(u"Cy"_s, 3)}, u"1,000\n"_s);
    REQUIRE(filled);
    CHECK(filled->size() == 3);
    CHECK(edited.size() == 1); // one undo step
    CHECK(grid.amount(u"Bo"_s, 5) == 152'000'00);
    CHECK(grid.amount(u"Cy"_s, 3) == 1'000'00);

    const auto bad = grid.model.paste({grid.cell(u"Ada"_s, 1)}, u"5\tfive\n"_s);
    REQUIRE_FALSE(bad);
    CHECK(grid.kind(u"Ada"_s, 1) == Cell::Empty);

    const auto cleared = grid.model.clear({grid.cell(u"Bo"_s, 3), grid.cell(u"Bo"_s, 1), grid.cell(u"Cy"_s, 3)});
    REQUIRE(cleared);
    CHECK(cleared->size() == 2); // Bo's Q1 has no quota of its own to remove
    CHECK(grid.amount(u"Bo"_s, 5) == 151'000'00);
    CHECK(grid.model.copy({grid.cell(u"Bo"_s, 1), grid.cell(u"Bo"_s, 2), grid.cell(u"Cy"_s, 2)}) ==
          u"60,000.00\t90,000.00\n\t\n"_s);
}
