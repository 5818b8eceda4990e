#pragma once

#include "common/Error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Fieldbook {

class Database;

/// A won deal as the customer analyses read it: a live opportunity whose forecast category is
/// Closed (its pipeline's Won stage; Lost is Omitted).
struct WonDeal {
    QString accountId; ///< empty when the deal has no live account
    QDate closeDate;   ///< invalid when the stored close date is missing or unreadable
    qint64 amount = 0; ///< minor units of `currency`
    QString currency;
};

/// A live account with won business, as the customer analyses show it.
struct WonAccount {
    QString id;
    QString name;
    QString industry;
    QString region;
    QString country;
};

/// Every won deal of the store and the accounts they belong to.
struct WonBusiness {
    QList<WonDeal> deals;        ///< deals of live accounts
    QList<WonAccount> accounts;  ///< the live accounts with at least one won deal
    int liveAccounts = 0;        ///< every live account, with won business or without
    int dealsWithoutAccount = 0; ///< won deals whose account is missing or deleted (not in `deals`)
};

namespace WonBusinessRows {

/// Reads the won deals and their accounts in two statements.
[[nodiscard]] Result<WonBusiness> load(Database& db);

} // namespace WonBusinessRows

} // namespace Fieldbook
