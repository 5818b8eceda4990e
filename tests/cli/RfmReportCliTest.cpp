#include "CliRunner.h"
#include "PythonIcalendar.h"
#include "StringMakers.h"
#include "store/db/Database.h"
#include "store/records/CurrencySettings.h"

#include <QFile>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// The RFM report recomputed from the store's tables with Python's own sqlite3, fractions and
/// dates, following docs/rfm.md, and compared with the command's CSV row by row. Prints one line
/// per difference, then "rows N total T target K unconverted CUR:DEALS:AMOUNT ...".
const char* const kIndependentRfm = R"PY(
import csv, sqlite3, sys
from datetime import date
from fractions import Fraction
db, report, as_of = sys.argv[1], sys.argv[2], date.fromisoformat(sys.argv[3])
con = sqlite3.connect(db)
settings = dict(con.execute("SELECT key, value FROM settings"))
reporting = settings.get("currency.reporting", "USD")
rates = {reporting: Fraction(1)}
for part in filter(None, settings.get("currency.rates", "").split(";")):
    code, rate = part.split("=")
    rates[code] = Fraction(rate)
decimals = lambda c: {"JPY": 0, "KRW": 0, "KWD": 3, "BHD": 3}.get(c, 2)
def convert(amount, cur):
    x = Fraction(amount) * rates[cur] * 10 ** decimals(reporting) / 10 ** decimals(cur)
    return int(x + Fraction(1, 2)) if x >= 0 else -int(-x + Fraction(1, 2))
accounts = {}
unconverted = {}
for acc, close, amount, cur in con.execute(
        "SELECT o.account_id, o.close_date, o.amount, o.currency FROM opportunities o JOIN accounts a "
        "ON a.id = o.account_id AND a.deleted = 0 WHERE o.deleted = 0 AND o.forecast_category = 'closed'"):
    day = date.fromisoformat(close)
    if day > as_of:
        continue
    a = accounts.setdefault(acc, {"last": day, "f": 0, "m": 0})
    a["last"] = max(a["last"], day)
    a["f"] += 1
    if cur in rates:
        a["m"] += convert(amount, cur)
    else:
        u = unconverted.setdefault(cur, [0, 0])
        u[0] += 1
        u[1] += amount
def scores(values):
    n = len(values)
    return [1 + 5 * (2 * sum(w < v for w in values) + sum(w == v for w in values)) // (2 * n) for v in values]
ids = list(accounts)
r = scores([-(as_of - accounts[i]["last"]).days for i in ids])
f = scores([accounts[i]["f"] for i in ids])
m = scores([accounts[i]["m"] for i in ids])
grid = {5: ["new_customers", "potential_loyalists", "potential_loyalists", "champions", "champions"],
        4: ["promising", "potential_loyalists", "potential_loyalists", "loyal", "loyal"],
        3: ["about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"],
        2: ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
        1: ["lost", "lost", "at_risk", "at_risk", "cant_lose"]}
expected = {}
for k, i in enumerate(ids):
    a = accounts[i]
    money = f"{a['m'] // 100}.{a['m'] % 100:02d}"
    expected[i] = [str((as_of - a["last"]).days), str(a["f"]), money, reporting, str(r[k]), str(f[k]), str(m[k]),
                   grid[r[k]][(f[k] + m[k] + 1) // 2 - 1]]
rows = list(csv.DictReader(open(report, newline="", encoding="utf-8")))
keys = ["recency_days", "frequency", "monetary", "currency", "r", "f", "m", "segment"]
for row in rows:
    got = [row[k] for k in keys]
    if expected.get(row["id"]) != got:
        print("differs", row["id"], got, expected.get(row["id"]))
if len(rows) != len(expected):
    print("differs: rows", len(rows), "expected", len(expected))
order = sorted(ids, key=lambda i: (-accounts[i]["m"], i))
if [row["id"] for row in rows] != order:
    print("differs: order")
total = sum(a["m"] for a in accounts.values())
running, target = 0, 0
for i in order:
    running += accounts[i]["m"]
    target += 1
    if running * 100 >= total * 80:
        break
print("rows", len(rows), "total", total, "target", target if total > 0 else 0, "unconverted",
      " ".join(f"{c}:{d}:{s}" for c, (d, s) in sorted(unconverted.items())))
)PY";

QString python() {
    return QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
}

QString minorText(qint64 cents) {
    return u"%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char(u'0'));
}

} // namespace

TEST_CASE("report rfm agrees with an independent computation over the store", "[cli][rfm]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    succeeded(cli, {u"generate"_s, u"--accounts"_s, u"120"_s, u"--opportunities"_s, u"2000"_s, u"--seed"_s, u"11"_s});
    {
        auto db = Database::open(cli.dbPath());
        REQUIRE(db);
        CurrencyRates rates(u"EUR"_s);
        rates.setRate(u"USD"_s, *ExchangeRate::parse(u"0.9137"));
        REQUIRE(CurrencySettings::save(**db, rates)); // CNY has no rate: counted, named, not added
    }
    // The generated deals closed in the year before today: an as-of date within it leaves some out.
    const QString asOf = QDate::currentDate().addDays(-60).toString(Qt::ISODate);
    succeeded(cli, {u"report"_s, u"rfm"_s, u"--as-of"_s, asOf, u"-o"_s, cli.path(u"rfm.csv"_s)});
    const QJsonObject json =
        jsonObject(succeeded(cli, {u"report"_s, u"rfm"_s, u"--format"_s, u"json"_s, u"--as-of"_s, asOf}).out);
    const QJsonObject totals = json.value(u"totals"_s).toObject();
    CHECK(json.value(u"currency"_s).toString() == u"EUR"_s);
    CHECK(json.value(u"rates"_s).toObject().value(u"USD"_s).toString() == u"0.9137"_s);
    CHECK(totals.value(u"accounts"_s).toInt() == 120);
    CHECK(totals.value(u"scored"_s).toInt() + totals.value(u"not_scored"_s).toInt() == 120);
    CHECK(totals.value(u"deals_after_as_of"_s).toInt() > 0);
    REQUIRE(totals.value(u"scored"_s).toInt() > 20);

    const QString py = python();
    if (py.isEmpty()) {
        WARN("no python3: the independent computation is skipped");
        return;
    }
    const QStringList lines = runPython(py, kIndependentRfm, {cli.dbPath(), cli.path(u"rfm.csv"_s), asOf});
    REQUIRE(lines.size() == 1); // nothing differs
    const QStringList summary = lines.first().split(u' ');
    REQUIRE(summary.size() >= 7);
    CHECK(summary.at(1).toInt() == totals.value(u"scored"_s).toInt());
    CHECK(totals.value(u"monetary"_s).toString() == minorText(summary.at(3).toLongLong()));
    CHECK(json.value(u"pareto"_s).toObject().value(u"accounts_for_target"_s).toInt() == summary.at(5).toInt());
    QStringList unconverted;
    for (const QJsonValue& u : json.value(u"unconverted"_s).toArray()) {
        const QJsonObject o = u.toObject();
        const QString cents = o.value(u"amount"_s).toString().remove(u'.');
        unconverted.append(u"%1:%2:%3"_s.arg(o.value(u"currency"_s).toString())
                               .arg(o.value(u"deals"_s).toInt())
                               .arg(cents.toLongLong()));
    }
    CHECK(unconverted.join(u' ') == summary.mid(7).join(u' '));
    CHECK(unconverted.join(u' ').startsWith(u"CNY:"_s));
}

TEST_CASE("report rfm --segment exports the rows of one segment", "[cli][rfm]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    succeeded(cli, {u"generate"_s, u"--accounts"_s, u"60"_s, u"--opportunities"_s, u"900"_s, u"--seed"_s, u"3"_s});
    const QString asOf = QDate::currentDate().toString(Qt::ISODate);
    const QStringList all = QString::fromUtf8(succeeded(cli, {u"report"_s, u"rfm"_s, u"--as-of"_s, asOf}).out)
                                .split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(all.size() > 2);
    CHECK(all.first() == u"account,id,industry,region,country,recency_days,frequency,monetary,currency,r,f,m,segment,"
                         u"last_won,unconverted_deals"_s);
    // The segment counted from the right: names may hold quoted commas, the last columns never do.
    const auto segmentOf = [](const QString& row) {
        return row.split(u',').at(row.count(u',') - 2);
    };
    const QString segment = segmentOf(all.at(1)); // the largest customer's
    QStringList expected{all.first()};
    for (const QString& row : all.mid(1))
        if (segmentOf(row) == segment)
            expected.append(row);
    const QStringList only =
        QString::fromUtf8(succeeded(cli, {u"report"_s, u"rfm"_s, u"--as-of"_s, asOf, u"--segment"_s, segment}).out)
            .split(u"\r\n"_s, Qt::SkipEmptyParts);
    CHECK(only == expected);
    const QJsonObject json = jsonObject(
        succeeded(cli, {u"report"_s, u"rfm"_s, u"--format"_s, u"json"_s, u"--as-of"_s, asOf, u"--segment"_s, segment})
            .out);
    CHECK(json.value(u"segment"_s).toString() == segment);
    CHECK(json.value(u"accounts"_s).toArray().size() == expected.size() - 1);
}

TEST_CASE("report refuses what it does not know with a usage error", "[cli][rfm]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    struct Case {
        QStringList arguments;
        const char* message;
    };
    const Case cases[] = {
        {{u"report"_s}, "report needs one report name: forecast, rfm"},
        {{u"report"_s, u"churn"_s}, "unknown report 'churn'; available: forecast, rfm"},
        {{u"report"_s, u"rfm"_s, u"--format"_s, u"xml"_s}, "--format expects csv or json, not 'xml'"},
        {{u"report"_s, u"rfm"_s, u"--as-of"_s, u"31.12.2026"_s}, "--as-of expects a date"},
        {{u"report"_s, u"rfm"_s, u"--segment"_s, u"vip"_s}, "unknown segment 'vip'; segments: champions,"},
        {{u"report"_s, u"rfm"_s, u"--top"_s, u"-1"_s}, "--top expects a number of customers"},
    };
    for (const Case& c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const CliRun run = cli.run(c.arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.message));
        CHECK(run.out.isEmpty());
    }
    const CliRun missing = cli.runRaw({u"--db"_s, cli.path(u"missing.db"_s), u"report"_s, u"rfm"_s});
    CHECK(missing.exitCode == 3);
    // An empty store: a header and nothing else; nothing scored, nothing for the Pareto view.
    CHECK(succeeded(cli, {u"report"_s, u"rfm"_s}).out.count("\r\n") == 1);
    const QJsonObject json = jsonObject(succeeded(cli, {u"report"_s, u"rfm"_s, u"--format"_s, u"json"_s}).out);
    CHECK(json.value(u"pareto"_s).toObject().value(u"accounts_for_target"_s).toInt(-1) == 0);
    CHECK(json.value(u"totals"_s).toObject().value(u"scored"_s).toInt(-1) == 0);
}
