#include "ForecastSource.h"

#include "CommissionPlanRepository.h"
#include "PipelineRepository.h"
#include "ForecastHistoryRepository.h"
#include "QuotaRepository.h"
#include "StageHistoryRead.h"
#include "UserRepository.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "domain/Industry.h"
#include "domain/Opportunity.h"
#include "domain/Quote.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Fieldbook::ForecastSource {

namespace {

const QString kFiscalKey = u"forecast.fiscal_first_month"_s;
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kUnixEpochJulianDay = 2'440'588;

/// The Julian day of an instant in the device's current offset from UTC: a day's difference at
/// most around a change of daylight saving time, which does not move a sales cycle.
qint64 dayOf(qint64 ms, qint64 offsetMs) {
    const qint64 local = ms + offsetMs;
    return (local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs) + kUnixEpochJulianDay;
}

/// The lookups loading needs beside the input: ids (as UTF-8) to indexes.
struct Index {
    QHash<QString, int> users;
    QHash<QByteArray, int> userKeys; ///< the same by UTF-8
    QHash<QByteArray, int> accounts;
    QHash<QByteArray, int> products;
    QHash<QByteArray, int> stages;    ///< "pipeline/stage"
    QList<QByteArray> stagePipelines; ///< the pipeline key of each stage, UTF-8 with a '/'
    QHash<QByteArray, int> deals;
    QHash<QByteArray, QString> currencies;                         ///< each currency code once, shared by its deals
    QHash<QByteArray, std::optional<ForecastCategory>> categories; ///< stored category keys, parsed once
    QList<PipelineStage> stageRules; ///< outcome and category of each stage, by stage index
    QHash<QString, int> reasons;     ///< stored close reason -> index in ForecastInput::reasons
    qint64 offsetMs = 0;
    std::optional<CloseRange> closing; ///< only the deals closing in it, when set
};

Result<void> loadUsers(Database& db, ForecastInput& in, Index& index) {
    auto users = UserRepository(db).all();
    if (!users)
        return std::unexpected(users.error());
    for (const User& u : std::as_const(*users)) {
        index.users.insert(u.id, int(in.users.size()));
        index.userKeys.insert(u.id.toUtf8(), int(in.users.size()));
        in.users.append({.id = u.id, .name = u.name, .team = u.team, .manager = -1});
    }
    for (int i = 0; i < users->size(); ++i)
        in.users[i].manager = index.users.value(users->at(i).managerId, -1);
    return {};
}

Result<void> loadPipelines(Database& db, ForecastInput& in, Index& index) {
    auto pipelines = PipelineRepository(db).pipelines(true);
    if (!pipelines)
        return std::unexpected(pipelines.error());
    for (const Pipeline& p : std::as_const(*pipelines)) {
        in.pipelines.append(p.key);
        in.pipelineNames.append(p.name);
        for (int s = 0; s < p.stages.size(); ++s) {
            index.stages.insert((p.key + u'/' + p.stages[s].key).toUtf8(), int(in.stages.size()));
            index.stagePipelines.append((p.key + u'/').toUtf8());
            in.stages.append({.pipeline = p.key,
                              .key = p.stages[s].key,
                              .name = p.stages[s].name,
                              .position = s,
                              .outcome = p.stages[s].outcome});
            index.stageRules.append(p.stages[s]);
        }
    }
    return {};
}

Result<void> loadAccountsAndProducts(Database& db, ForecastInput& in, Index& index) {
    auto accounts =
        db.connection().eachRow(u"SELECT id, name, region, country, industry FROM accounts WHERE deleted = 0"_s, {},
                                u"read accounts"_s, [&](const SqlRow& row) {
                                    index.accounts.insert(row.utf8(0).toByteArray(), int(in.accounts.size()));
                                    const QString region = row.text(2).trimmed();
                                    in.accounts.append({.id = row.text(0),
                                                        .name = row.text(1),
                                                        .region = region.isEmpty() ? row.text(3).trimmed() : region,
                                                        .industry = industryName(row.text(4))});
                                });
    if (!accounts)
        return accounts;
    return db.connection().eachRow(
        u"SELECT id, name, family FROM products WHERE deleted = 0"_s, {}, u"read products"_s, [&](const SqlRow& row) {
            index.products.insert(row.utf8(0).toByteArray(), int(in.products.size()));
            in.products.append({.id = row.text(0), .name = row.text(1), .family = row.text(2)});
        });
}

/// The category stored as `key` (parsed once per distinct key).
std::optional<ForecastCategory> categoryOf(Index& index, const QByteArray& key) {
    auto found = index.categories.constFind(key);
    if (found == index.categories.cend()) {
        ForecastCategory category = ForecastCategory::Pipeline;
        const bool known = parseForecastCategory(QString::fromUtf8(key), &category);
        found =
            index.categories.insert(QByteArray(key.data(), key.size()), known ? std::optional(category) : std::nullopt);
    }
    return *found;
}

/// The currency code `key` as a QString shared by every deal in it.
QString currencyOf(Index& index, const QByteArray& key) {
    auto found = index.currencies.constFind(key);
    if (found == index.currencies.cend())
        found = index.currencies.insert(QByteArray(key.data(), key.size()), QString::fromUtf8(key));
    return *found;
}

/// One opportunity row: id, owner, account, "pipeline/stage", category, amount, currency,
/// probability, close date (a Julian day), created, close reason.
ForecastDeal toDeal(const SqlRow& row, ForecastInput& in, Index& index) {
    ForecastDeal d;
    d.id = row.text(0);
    d.owner = index.userKeys.value(row.key(1), -1);
    d.account = index.accounts.value(row.key(2), -1);
    d.stage = index.stages.value(row.key(3), -1);
    const PipelineStage* rule = d.stage >= 0 ? &index.stageRules[d.stage] : nullptr;
    d.outcome = rule ? rule->outcome : StageOutcome::Open;
    d.category = categoryOf(index, row.key(4)).value_or(rule ? rule->category : ForecastCategory::Pipeline);
    d.currency = currencyOf(index, row.key(6));
    const auto converted = in.rates.convert(row.integer(5), d.currency);
    d.converted = converted.has_value();
    d.amount = converted.value_or(0);
    d.probability = int(row.integer(7));
    d.closeDay = row.integer(8); // 0 for none or an unreadable date, as QDate's invalid day
    d.openedDay = dayOf(row.integer(9), index.offsetMs);
    const QString reason = row.utf8(10).isEmpty() ? QString() : row.text(10).trimmed();
    if (!reason.isEmpty()) {
        const auto known = index.reasons.constFind(reason);
        d.reason = known != index.reasons.cend() ? *known : int(in.reasons.size());
        if (known == index.reasons.cend()) {
            index.reasons.insert(reason, d.reason);
            in.reasons.append(lossReasonName(reason));
        }
    }
    return d;
}

Result<void> loadDeals(Database& db, ForecastInput& in, Index& index) {
    // Room for every deal at once: growing the lookup of 100,000 ids step by step rehashed it often.
    const QString from = index.closing ? u"FROM opportunities INDEXED BY opportunities_closing WHERE deleted = 0"_s
                                       : u"FROM opportunities NOT INDEXED WHERE deleted = 0"_s;
    auto count = db.connection().scalar(u"SELECT COUNT(*) "_s + from + ForecastClosing::clause(index.closing, false),
                                        ForecastClosing::values(index.closing), u"count opportunities"_s);
    if (!count)
        return std::unexpected(count.error());
    index.deals.reserve(count->toLongLong());
    in.deals.reserve(count->toLongLong());
    return db.connection().eachRow(
        // The close date as a Julian day (SQLite's start at noon): an empty or unreadable one is NULL.
        u"SELECT id, owner_id, account_id, pipeline || '/' || stage, forecast_category, amount, currency, "
        u"probability, CAST(julianday(close_date) + 0.5 AS INTEGER), created_at, close_reason "_s +
            from + ForecastClosing::clause(index.closing, false) + u" ORDER BY rid"_s,
        ForecastClosing::values(index.closing), u"read opportunities"_s, [&](const SqlRow& row) {
            index.deals.insert(row.utf8(0).toByteArray(), int(in.deals.size()));
            in.deals.append(toDeal(row, in, index));
        });
}

/// The stage each change of a deal in stage `dealStage`'s pipeline moved to, resolved once per
/// pair of a pipeline's stage and a value changed to (-1: a stage the pipeline no longer has).
class StageResolver final {
public:
    StageResolver(const Index& index, const DealRowsBeside& rows)
        : m_index(index)
        , m_rows(rows)
        , m_stages(index.stagePipelines.size() * rows.stageValues.size(), kUnresolved) {}

    int stage(int dealStage, int value) {
        int& known = m_stages[qsizetype(dealStage) * m_rows.stageValues.size() + value];
        if (known == kUnresolved)
            known = m_index.stages.value(m_index.stagePipelines[dealStage] + m_rows.stageValues[value], -1);
        return known;
    }

private:
    static constexpr int kUnresolved = -2;
    const Index& m_index;
    const DealRowsBeside& m_rows;
    QList<int> m_stages;
};

/// The time `d` spent in each stage and the day it was opened, from its stage changes.
void applyChanges(ForecastDeal& d, const Index& index, const DealRowsBeside& rows, qsizetype o,
                  StageResolver& resolver) {
    const qsizetype first = rows.changes.starts[o];
    const qsizetype end = rows.changes.end(o);
    d.stays.reserve(end - first - 1);
    int stage = -1;
    qint64 since = 0;
    for (qsizetype c = first; c < end; ++c) {
        const auto& [value, at] = rows.changes.items[c];
        if (c == first)
            d.openedDay = std::min(d.openedDay, dayOf(at, index.offsetMs));
        else if (stage >= 0 && at >= since)
            d.stays.append({.stage = stage, .ms = at - since});
        stage = d.stage >= 0 ? resolver.stage(d.stage, value) : -1;
        since = at;
    }
}

/// Matches what was read beside the deals (their stage changes and lines) to them.
void applyBeside(ForecastInput& in, const Index& index, const DealRowsBeside& rows) {
    StageResolver resolver(index, rows);
    for (qsizetype o = 0; o < rows.changes.opportunities.size(); ++o) {
        if (const int deal = index.deals.value(rows.changes.opportunities[o], -1); deal >= 0)
            applyChanges(in.deals[deal], index, rows, o, resolver);
    }
    for (qsizetype o = 0; o < rows.lines.opportunities.size(); ++o) {
        const int deal = index.deals.value(rows.lines.opportunities[o], -1);
        if (deal < 0)
            continue;
        auto& lines = in.deals[deal].lines;
        for (qsizetype l = rows.lines.starts[o]; l < rows.lines.end(o); ++l)
            lines.append(rows.lines.items[l]);
    }
}

Result<void> loadOverrides(Database& db, ForecastInput& in, const Index& index) {
    auto adjustments = ForecastHistoryRepository(db).adjustments();
    if (!adjustments)
        return std::unexpected(adjustments.error());
    for (const ForecastAdjustment& a : std::as_const(*adjustments)) {
        const int subject = index.users.value(a.subjectId, -1);
        const auto kind = parsePeriodKind(a.periodKind);
        if (subject < 0 || !kind)
            continue;
        const auto commit = in.rates.convert(a.commit, a.currency);
        const auto bestCase = in.rates.convert(a.bestCase, a.currency);
        in.overrides.append({.subject = subject,
                             .team = a.team,
                             .kind = *kind,
                             .first = a.periodStart,
                             .commit = commit.value_or(0),
                             .bestCase = bestCase.value_or(0),
                             .converted = commit && bestCase,
                             .cleared = a.cleared,
                             .madeAt = a.madeAt,
                             .by = index.users.value(a.madeBy, -1),
                             .note = a.note});
    }
    return {};
}

Result<void> loadSnapshots(Database& db, ForecastInput& in, const Index&) {
    auto snapshots = ForecastHistoryRepository(db).snapshots();
    if (!snapshots)
        return std::unexpected(snapshots.error());
    in.snapshots = std::move(*snapshots);
    return {};
}

Result<void> loadQuotas(Database& db, ForecastInput& in, const Index&) {
    auto quotas = QuotaRepository(db).all();
    if (!quotas)
        return std::unexpected(quotas.error());
    in.quotas = forecastQuotas(in, *quotas);
    return {};
}

/// The first and last close date of every live deal, sliced or not (for the years to choose from).
Result<void> loadCloseSpan(Database& db, ForecastInput& in, const Index&) {
    // Both ends of opportunities_closing: reading every live deal's date took 13 ms at 100,000.
    auto span =
        db.connection().firstRow(u"SELECT (SELECT close_date FROM opportunities INDEXED BY opportunities_closing "
                                 u"WHERE deleted = 0 AND close_date <> '' ORDER BY close_date LIMIT 1), "
                                 u"(SELECT close_date FROM opportunities INDEXED BY opportunities_closing "
                                 u"WHERE deleted = 0 AND close_date <> '' ORDER BY close_date DESC LIMIT 1)"_s,
                                 {}, u"read the close dates"_s);
    if (!span)
        return std::unexpected(span.error());
    if (*span) {
        in.firstClose = QDate::fromString((**span).value(0).toString(), Qt::ISODate);
        in.lastClose = QDate::fromString((**span).value(1).toString(), Qt::ISODate);
    }
    return {};
}

/// The commission plans, each with the index of the user (or manager) it applies to; plans of
/// users the store does not hold are left out.
Result<void> loadCommissionPlans(Database& db, ForecastInput& in, const Index& index) {
    auto plans = CommissionPlanRepository(db).all();
    if (!plans)
        return std::unexpected(plans.error());
    for (CommissionPlan& plan : *plans) {
        plan.user = index.users.value(plan.userId, -1);
        if (plan.user >= 0)
            in.commissionPlans.append(std::move(plan));
    }
    return {};
}

} // namespace

QList<ForecastQuota> forecastQuotas(const ForecastInput& in, const QList<Quota>& quotas) {
    QHash<QString, int> users;
    for (int u = 0; u < in.users.size(); ++u)
        users.insert(in.users[u].id, u);
    QList<ForecastQuota> out;
    for (const Quota& q : quotas) {
        const int user = users.value(q.userId, -1);
        const auto kind = parsePeriodKind(q.periodKind);
        if (user < 0 || !kind)
            continue;
        const auto amount = in.rates.convert(q.amount, q.currency);
        out.append({.user = user,
                    .kind = *kind,
                    .first = q.periodStart,
                    .amount = amount.value_or(0),
                    .converted = amount.has_value(),
                    .currency = q.currency});
    }
    return out;
}

int fiscalFirstMonth(const Database& db) {
    const int month = db.setting(kFiscalKey, u"1"_s).toInt();
    return month >= 1 && month <= 12 ? month : 1;
}

Result<void> setFiscalFirstMonth(Database& db, int month) {
    if (month < 1 || month > 12)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ForecastSource", "The fiscal year starts in a month from 1 to 12."));
    return db.setSetting(kFiscalKey, QString::number(month));
}

Result<std::shared_ptr<const ForecastInput>> load(Database& db, const CurrencyRates& rates,
                                                  std::optional<CloseRange> closing) {
    auto in = std::make_shared<ForecastInput>();
    in->rates = rates;
    in->closing = closing;
    Index index;
    index.closing = closing;
    index.offsetMs = qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000;
    for (const auto& step : {loadUsers, loadPipelines, loadAccountsAndProducts}) {
        if (auto ok = step(db, *in, index); !ok)
            return std::unexpected(ok.error());
    }
    // The stage history and the lines on a second connection while this one reads the deals: on two
    // cores the read takes about as long as the longer of the two (docs/forecast.md, Performance).
    auto beside = DealRowsBeside::start(db, closing, index.products);
    if (auto ok = loadDeals(db, *in, index); !ok)
        return std::unexpected(ok.error());
    auto rows = beside.get();
    if (!rows)
        return std::unexpected(rows.error());
    applyBeside(*in, index, *rows);
    for (const auto& step : {loadQuotas, loadOverrides, loadSnapshots, loadCommissionPlans, loadCloseSpan}) {
        if (auto ok = step(db, *in, index); !ok)
            return std::unexpected(ok.error());
    }
    return std::shared_ptr<const ForecastInput>(std::move(in));
}

} // namespace Fieldbook::ForecastSource
