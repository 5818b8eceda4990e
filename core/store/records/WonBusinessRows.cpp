#include "WonBusinessRows.h"

#include "domain/Pipeline.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook::WonBusinessRows {

namespace {

/// "2026-03-31" without QDate's general parser: 300,000 deals are read at once.
QDate isoDate(const QString& text) {
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    bool ok[3] = {false, false, false};
    const int year = QStringView(text).left(4).toInt(&ok[0]);
    const int month = QStringView(text).mid(5, 2).toInt(&ok[1]);
    const int day = QStringView(text).mid(8, 2).toInt(&ok[2]);
    return ok[0] && ok[1] && ok[2] ? QDate(year, month, day) : QDate();
}

Result<void> loadAccounts(Database& db, WonBusiness& won, const QString& closed) {
    return db.connection().eachRow(
        u"SELECT a.id, a.name, a.industry, a.region, a.country FROM accounts a WHERE a.deleted = 0 AND EXISTS "
        u"(SELECT 1 FROM opportunities o WHERE o.account_id = a.id AND o.deleted = 0 AND o.forecast_category = ?) "
        u"ORDER BY a.id"_s,
        {closed}, u"read the accounts with won business"_s, [&](const SqlRow& row) {
            won.accounts.append(WonAccount{row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)});
        });
}

Result<void> loadDeals(Database& db, WonBusiness& won, const QString& closed) {
    QSet<QString> live;
    live.reserve(won.accounts.size());
    for (const WonAccount& a : std::as_const(won.accounts))
        live.insert(a.id);
    return db.connection().eachRow(
        u"SELECT account_id, close_date, amount, currency FROM opportunities "
        u"WHERE deleted = 0 AND forecast_category = ?"_s,
        {closed}, u"read the won opportunities"_s, [&](const SqlRow& row) {
            QString accountId = row.text(0);
            if (accountId.isEmpty() || !live.contains(accountId)) {
                ++won.dealsWithoutAccount;
                return;
            }
            won.deals.append(WonDeal{std::move(accountId), isoDate(row.text(1)), row.integer(2), row.text(3)});
        });
}

} // namespace

Result<WonBusiness> load(Database& db) {
    const QString closed = forecastCategoryKey(ForecastCategory::Closed);
    WonBusiness won;
    auto count =
        db.connection().scalar(u"SELECT count(*) FROM accounts WHERE deleted = 0"_s, {}, u"count the accounts"_s);
    if (!count)
        return std::unexpected(count.error());
    won.liveAccounts = count->toInt();
    if (auto accounts = loadAccounts(db, won, closed); !accounts)
        return std::unexpected(accounts.error());
    if (auto deals = loadDeals(db, won, closed); !deals)
        return std::unexpected(deals.error());
    return won;
}

} // namespace Fieldbook::WonBusinessRows
