#include "CustomerSegments.h"

#include "store/records/CurrencySettings.h"

#include <QHash>

namespace Fieldbook {

namespace {

QList<RfmPurchase> purchasesOf(const QList<WonDeal>& deals) {
    QList<RfmPurchase> purchases;
    purchases.reserve(deals.size());
    for (const WonDeal& d : deals)
        purchases.append(RfmPurchase{d.accountId, d.closeDate, d.amount, d.currency});
    return purchases;
}

} // namespace

Result<CustomerSegmentReport> CustomerSegments::build(Database& db, QDate asOf) {
    return build(db, asOf, CurrencySettings::load(db));
}

Result<CustomerSegmentReport> CustomerSegments::build(Database& db, QDate asOf, const CurrencyRates& rates) {
    auto won = WonBusinessRows::load(db);
    if (!won)
        return std::unexpected(won.error());
    auto rfm = analyseRfm(purchasesOf(won->deals), asOf, rates);
    if (!rfm)
        return std::unexpected(rfm.error());
    CustomerSegmentReport report;
    report.asOf = asOf;
    report.rates = rates;
    report.segments = rfmSegmentTotals(rfm->accounts);
    report.totalMonetary = rfm->totalMonetary;
    report.liveAccounts = won->liveAccounts;
    report.accountsNotScored = won->liveAccounts - int(rfm->accounts.size());
    report.wonDeals = rfm->purchases;
    report.dealsAfterAsOf = rfm->purchasesAfterAsOf;
    report.dealsUndated = rfm->purchasesUndated;
    report.dealsWithoutAccount = won->dealsWithoutAccount;
    report.unconverted = rfm->unconverted;

    QHash<QString, qsizetype> accountAt;
    accountAt.reserve(won->accounts.size());
    for (qsizetype i = 0; i < won->accounts.size(); ++i)
        accountAt.insert(won->accounts.at(i).id, i);
    QList<ParetoEntry> values;
    values.reserve(rfm->accounts.size());
    report.customers.reserve(rfm->accounts.size());
    for (RfmScore& score : rfm->accounts) {
        values.append(ParetoEntry{score.accountId, score.monetary, 0});
        report.customers.append(CustomerValue{won->accounts.at(accountAt.value(score.accountId)), std::move(score)});
    }
    auto pareto = paretoCurve(std::move(values));
    if (!pareto)
        return std::unexpected(pareto.error());
    report.pareto = std::move(*pareto);
    return report;
}

} // namespace Fieldbook
