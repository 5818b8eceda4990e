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

Result<void> loadDeals(Database& db, WonBusiness& won, QSet<QString>& accountIds) {
    return db.connection().eachRow(
        u"SELECT account_id, close_date, amount, currency FROM opportunities "
        u"WHERE deleted = 0 AND forecast_category = ?"_s,
        {forecastCategoryKey(ForecastCategory::Closed)}, u"read the won opportunities"_s, [&](const SqlRow& row) {
            QString accountId = row.text(0);
            accountIds.insert(accountId);
            won.deals.append(WonDeal{std::move(accountId), isoDate(row.text(1)), row.integer(2), row.text(3)});
        });
}

/// Every live account is read once, without an index: a scan of the table is several times faster
/// than looking up each account's won deals, and cheaper than a lookup per won deal.
Result<void> loadAccounts(Database& db, WonBusiness& won, const QSet<QString>& withDeals) {
    return db.connection().eachRow(
        u"SELECT id, name, industry, region, country FROM accounts NOT INDEXED WHERE deleted = 0"_s, {},
        u"read the accounts"_s, [&](const SqlRow& row) {
            ++won.liveAccounts;
            QString id = row.text(0);
            if (withDeals.contains(id))
                won.accounts.append(WonAccount{std::move(id), row.text(1), row.text(2), row.text(3), row.text(4)});
        });
}

} // namespace

Result<WonBusiness> load(Database& db) {
    WonBusiness won;
    QSet<QString> accountIds;
    if (auto deals = loadDeals(db, won, accountIds); !deals)
        return std::unexpected(deals.error());
    if (auto accounts = loadAccounts(db, won, accountIds); !accounts)
        return std::unexpected(accounts.error());
    if (won.accounts.size() < accountIds.size()) { // deals of a missing or deleted account
        QSet<QString> live;
        live.reserve(won.accounts.size());
        for (const WonAccount& a : std::as_const(won.accounts))
            live.insert(a.id);
        won.dealsWithoutAccount =
            int(won.deals.removeIf([&](const WonDeal& d) { return !live.contains(d.accountId); }));
    }
    return won;
}

} // namespace Fieldbook::WonBusinessRows
