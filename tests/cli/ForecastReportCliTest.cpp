#include "CliRunner.h"
#include "PythonIcalendar.h"
#include "StringMakers.h"
#include "store/db/Database.h"
#include "store/records/CurrencySettings.h"
#include "store/records/ForecastSource.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// `report forecast --by owner` recomputed from the store's tables with Python's own sqlite3 and
/// fractions, following docs/forecast.md (fiscal year from April, categories as stored, outcome by
/// the standard pipeline's stage, each amount converted and rounded half away from zero, weighted
/// per deal, quotas of a quarter or the sum of its months), compared with the command's CSV cell by
/// cell. Prints one line per difference, then "cells N won W".
const char* const kIndependentForecast = R"PY(
import csv, sqlite3, sys
from fractions import Fraction
db, report = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
settings = dict(con.execute("SELECT key, value FROM settings"))
reporting = settings.get("currency.reporting", "USD")
rates = {reporting: Fraction(1)}
for part in filter(None, settings.get("currency.rates", "").split(";")):
    code, rate = part.split("=")
    rates[code] = Fraction(rate)
decimals = lambda c: {"JPY": 0, "KRW": 0}.get(c, 2)
def rounded(x):
    return int(x + Fraction(1, 2)) if x >= 0 else -int(-x + Fraction(1, 2))
def convert(amount, cur):
    return rounded(Fraction(amount) * rates[cur] * 10 ** decimals(reporting) / 10 ** decimals(cur))
def quarter(iso):
    y, m = int(iso[:4]), int(iso[5:7])
    return f"FY{y + 1 if m >= 4 else y}-Q{(m - 4) % 12 // 3 + 1}"
cells = {}
def cell(key):
    return cells.setdefault(key, {"closed_won": 0, "commit": 0, "best_case": 0, "pipeline": 0, "weighted": 0,
                                  "won_count": 0, "lost_count": 0, "open_count": 0, "unconverted_count": 0,
                                  "quota": 0})
for owner, stage, category, amount, cur, prob, close in con.execute(
        "SELECT owner_id, stage, forecast_category, amount, currency, probability, close_date FROM opportunities "
        "WHERE deleted = 0 AND close_date != ''"):
    c = cell((quarter(close), owner))
    if cur not in rates:
        c["unconverted_count"] += 1
        continue
    a = convert(amount, cur)
    if stage == "won":
        c["closed_won"] += a; c["commit"] += a; c["best_case"] += a; c["won_count"] += 1
    elif stage == "lost":
        c["lost_count"] += 1
    elif category != "omitted":
        c["open_count"] += 1
        c["pipeline"] += a
        c["weighted"] += rounded(Fraction(a * prob, 100))
        if category == "commit":
            c["commit"] += a; c["best_case"] += a
        elif category == "best_case":
            c["best_case"] += a
months = {}
for owner, kind, start, amount, cur in con.execute(
        "SELECT owner_id, period_kind, period_start, amount, currency FROM quotas WHERE deleted = 0"):
    if kind == "quarter":
        cell((quarter(start), owner))["quota"] += convert(amount, cur)
    else:
        months.setdefault((quarter(start), owner), []).append(convert(amount, cur))
for key, values in months.items():
    if cell(key)["quota"] == 0:  # no quota of the quarter itself: the sum of its months
        cell(key)["quota"] = sum(values)
money = lambda v: ("-" if v < 0 else "") + f"{abs(v) // 100}.{abs(v) % 100:02d}"
rows = list(csv.DictReader(open(report, newline="", encoding="utf-8")))
seen = 0
for row in rows:
    expected = cells.get((row["period"], row["group"]))
    if expected is None:
        if any(row[k] not in ("0", "0.00") for k in ("closed_won", "pipeline", "quota", "unconverted_count")):
            print("differs: unexpected", row["period"], row["group"])
        continue
    seen += 1
    for k, v in expected.items():
        want = str(v) if k.endswith("_count") else money(v)
        if row[k] != want:
            print("differs", row["period"], row["group"], k, row[k], want)
if seen != len(cells):
    print("differs: cells", seen, "expected", len(cells))
print("cells", seen, "won", sum(c["closed_won"] for c in cells.values()))
)PY";

QString python() {
    return QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
}

} // namespace

TEST_CASE("report forecast agrees with an independent computation over the store", "[cli][forecast]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    succeeded(cli, {u"generate"_s, u"--accounts"_s, u"80"_s, u"--opportunities"_s, u"1500"_s, u"--seed"_s, u"5"_s});
    QString someone;
    {
        auto db = Database::open(cli.dbPath());
        REQUIRE(db);
        CurrencyRates rates(u"EUR"_s);
        rates.setRate(u"USD"_s, *ExchangeRate::parse(u"0.9137"));
        REQUIRE(CurrencySettings::save(**db, rates)); // CNY has no rate: counted, named, not added
        REQUIRE(ForecastSource::setFiscalFirstMonth(**db, 4));
    }
    const QDate today = QDate::currentDate();
    const int fy = today.month() >= 4 ? today.year() + 1 : today.year();
    // Quotas: a quarter for one user, three months of the next quarter for another.
    const QJsonArray users =
        jsonObject(succeeded(cli, {u"report"_s, u"forecast"_s, u"--by"_s, u"owner"_s, u"--format"_s, u"json"_s,
                                   u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2040-12-31"_s, u"--period"_s, u"year"_s})
                       .out)
            .value(u"rows"_s)
            .toArray();
    REQUIRE(users.size() >= 2);
    const QString first = users.at(0).toObject().value(u"group_name"_s).toString();
    const QString second = users.at(1).toObject().value(u"group_name"_s).toString();
    QFile quotas(cli.path(u"quotas.csv"_s));
    REQUIRE(quotas.open(QIODevice::WriteOnly));
    quotas.write(u"user,period,amount,currency\n\"%1\",FY%3-Q1,250000,EUR\n\"%2\",%4,1000.50,USD\n\"%2\",%5,999,EUR\n"_s
                     .arg(first, second)
                     .arg(fy)
                     .arg(QDate(fy - 1, 7, 1).toString(u"yyyy-MM"_s), QDate(fy - 1, 8, 1).toString(u"yyyy-MM"_s))
                     .toUtf8());
    quotas.close();
    const QJsonObject imported = jsonObject(succeeded(cli, {u"import"_s, u"quotas"_s, quotas.fileName()}).out);
    // The demo set quarterly quotas of this fiscal year already: the first row updates one.
    CHECK(imported.value(u"imported"_s).toInt() + imported.value(u"updated"_s).toInt() == 3);
    CHECK(imported.value(u"rejected"_s).toArray().isEmpty());

    const QStringList range{u"--from"_s, today.addYears(-2).toString(Qt::ISODate), u"--to"_s,
                            today.addYears(1).toString(Qt::ISODate)};
    const CliRun csv = succeeded(
        cli,
        QStringList{u"report"_s, u"forecast"_s, u"--by"_s, u"owner"_s, u"-o"_s, cli.path(u"forecast.csv"_s)} + range);
    CHECK(csv.err.contains("amounts in EUR, converted with USD=0.9137"));
    const QJsonObject json =
        jsonObject(succeeded(cli, QStringList{u"report"_s, u"forecast"_s, u"--format"_s, u"json"_s} + range).out);
    CHECK(json.value(u"fiscal_year_starts"_s).toInt() == 4);
    CHECK(json.value(u"currency"_s).toString() == u"EUR"_s);

    const QString py = python();
    if (py.isEmpty()) {
        WARN("no python3: the independent computation is skipped");
        return;
    }
    const QStringList lines = runPython(py, kIndependentForecast, {cli.dbPath(), cli.path(u"forecast.csv"_s)});
    REQUIRE(lines.size() == 1); // nothing differs
    const QStringList summary = lines.first().split(u' ');
    REQUIRE(summary.size() == 4);
    CHECK(summary.at(1).toInt() > 20);
    CHECK(summary.at(3).toLongLong() > 0);
    // The total report's closed won over the same range is the sum of the owners'.
    qint64 totalWon = 0;
    for (const QJsonValue& row : json.value(u"rows"_s).toArray())
        totalWon += row.toObject().value(u"closed_won"_s).toString().remove(u'.').toLongLong();
    CHECK(totalWon == summary.at(3).toLongLong());
}

TEST_CASE("report forecast refuses bad options with a usage error", "[cli][forecast]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    struct Case {
        QStringList arguments;
        const char* message;
    };
    const Case cases[] = {
        {{u"--period"_s, u"week"_s}, "--period expects month, quarter or year, not 'week'"},
        {{u"--by"_s, u"colour"_s}, "--by expects one of total, owner, manager"},
        {{u"--from"_s, u"2027-01-01"_s}, "give both --from DATE and --to DATE"},
        {{u"--from"_s, u"2027-02-01"_s, u"--to"_s, u"2027-01-01"_s}, "--to (2027-01-01) is before --from"},
        {{u"--currency"_s, u"XAU"_s}, "There is no exchange rate for XAU"},
        {{u"--under"_s, u"Nobody Here"_s}, "--under: no user is called 'Nobody Here'"},
        {{u"--pipeline"_s, u"Nope"_s}, "--pipeline: no pipeline is called 'Nope'"},
    };
    for (const Case& c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const CliRun run = cli.run(QStringList{u"report"_s, u"forecast"_s} + c.arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.message));
        CHECK(run.out.isEmpty());
    }
}
