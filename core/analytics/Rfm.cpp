#include "Rfm.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <numeric>

namespace Fieldbook {

namespace {

std::unexpected<Error> tooLarge(const QString& detail) {
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("Rfm", "The won amounts add up to more than an amount can hold."), detail);
}

/// The purchases of each account, summed: frequency, last purchase, converted and unconverted.
struct Tally {
    QList<RfmScore> accounts;
    QMap<QString, RfmUnconverted> unconverted;
};

Result<void> add(Tally& tally, RfmScore& score, const RfmPurchase& purchase, const CurrencyRates& rates) {
    ++score.frequency;
    if (!score.lastPurchase.isValid() || purchase.closeDate > score.lastPurchase)
        score.lastPurchase = purchase.closeDate;
    if (const auto converted = rates.convert(purchase.amount, purchase.currency)) {
        if (__builtin_add_overflow(score.monetary, *converted, &score.monetary))
            return tooLarge(score.accountId);
        return {};
    }
    ++score.unconverted;
    RfmUnconverted& left = tally.unconverted[purchase.currency];
    left.currency = purchase.currency;
    ++left.deals;
    if (__builtin_add_overflow(left.amount, purchase.amount, &left.amount))
        return tooLarge(purchase.currency);
    return {};
}

Result<Tally> tallyPurchases(const QList<RfmPurchase>& purchases, const CurrencyRates& rates, RfmAnalysis& analysis) {
    Tally tally;
    QHash<QString, qsizetype> indexOf;
    for (const RfmPurchase& p : purchases) {
        if (!p.closeDate.isValid()) {
            ++analysis.purchasesUndated;
            continue;
        }
        if (p.closeDate > analysis.asOf) {
            ++analysis.purchasesAfterAsOf;
            continue;
        }
        auto found = indexOf.constFind(p.accountId);
        if (found == indexOf.cend()) {
            found = indexOf.insert(p.accountId, tally.accounts.size());
            RfmScore fresh;
            fresh.accountId = p.accountId;
            tally.accounts.append(fresh);
        }
        if (auto added = add(tally, tally.accounts[*found], p, rates); !added)
            return std::unexpected(added.error());
        ++analysis.purchases;
    }
    return tally;
}

/// The R, F and M scores and the segment of every account (docs/rfm.md).
void score(QList<RfmScore>& accounts) {
    QList<qint64> recency;
    QList<qint64> frequency;
    QList<qint64> monetary;
    for (const RfmScore& s : std::as_const(accounts)) {
        recency.append(-s.recencyDays); // the most recent scores highest
        frequency.append(s.frequency);
        monetary.append(s.monetary);
    }
    const QList<int> r = rfmQuintileScores(recency);
    const QList<int> f = rfmQuintileScores(frequency);
    const QList<int> m = rfmQuintileScores(monetary);
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        RfmScore& s = accounts[i];
        s.r = r.at(i);
        s.f = f.at(i);
        s.m = m.at(i);
        s.segment = rfmSegmentFor(s.r, rfmFmScore(s.f, s.m));
    }
}

} // namespace

QList<int> rfmQuintileScores(const QList<qint64>& values) {
    const qsizetype n = values.size();
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return values.at(a) < values.at(b); });
    QList<int> scores(n);
    for (qsizetype start = 0; start < n;) {
        qsizetype end = start + 1;
        while (end < n && values.at(order.at(end)) == values.at(order.at(start)))
            ++end;
        // Mid-rank over n in fifths: 1 + floor(5 * (below + equal / 2) / n), in integers.
        const int shared = 1 + int(5 * (2 * qint64(start) + qint64(end - start)) / (2 * qint64(n)));
        for (qsizetype i = start; i < end; ++i)
            scores[order.at(i)] = shared;
        start = end;
    }
    return scores;
}

Result<RfmAnalysis> analyseRfm(const QList<RfmPurchase>& purchases, QDate asOf, const CurrencyRates& rates) {
    RfmAnalysis analysis;
    analysis.asOf = asOf;
    analysis.reportingCurrency = rates.reportingCurrency();
    auto tally = tallyPurchases(purchases, rates, analysis);
    if (!tally)
        return std::unexpected(tally.error());
    for (RfmScore& s : tally->accounts) {
        s.recencyDays = s.lastPurchase.daysTo(asOf);
        if (__builtin_add_overflow(analysis.totalMonetary, s.monetary, &analysis.totalMonetary))
            return tooLarge(s.accountId);
    }
    score(tally->accounts);
    std::sort(tally->accounts.begin(), tally->accounts.end(), [](const RfmScore& a, const RfmScore& b) {
        return a.monetary != b.monetary ? a.monetary > b.monetary : a.accountId < b.accountId;
    });
    analysis.accounts = std::move(tally->accounts);
    analysis.unconverted = tally->unconverted.values();
    return analysis;
}

QList<RfmSegmentTotal> rfmSegmentTotals(const QList<RfmScore>& accounts) {
    QList<RfmSegmentTotal> totals;
    for (const RfmSegment segment : allRfmSegments())
        totals.append(RfmSegmentTotal{segment, 0, 0});
    for (const RfmScore& s : accounts) {
        RfmSegmentTotal& t = totals[qsizetype(s.segment)];
        ++t.accounts;
        t.monetary += s.monetary;
    }
    return totals;
}

} // namespace Fieldbook
