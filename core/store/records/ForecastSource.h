#pragma once

#include "analytics/ForecastInput.h"
#include "common/Error.h"
#include "domain/Quota.h"

#include <memory>

namespace Fieldbook {

class Database;

/// Reads what a forecast is computed from (docs/forecast.md): users and their managers, accounts,
/// products, pipelines, every live opportunity with its product lines and stage history, and the
/// quotas and commission plans, each amount converted once to the reporting currency of `rates`.
namespace ForecastSource {

/// The month the fiscal year starts in (1–12), a local setting of this store; January by default.
[[nodiscard]] int fiscalFirstMonth(const Database& db);
[[nodiscard]] Result<void> setFiscalFirstMonth(Database& db, int month);

/// `quotas` (QuotaRepository::all()) as a forecast reads them: each user by its index in `in.users`,
/// each amount converted once with `in.rates`; quotas of unknown users or period kinds are left out.
[[nodiscard]] QList<ForecastQuota> forecastQuotas(const ForecastInput& in, const QList<Quota>& quotas);

/// Reads the forecast's data; with `closing`, only the deals closing in that range (with their lines
/// and history): the dashboard reads the fiscal year it shows (docs/forecast.md, Dashboard).
[[nodiscard]] Result<std::shared_ptr<const ForecastInput>> load(Database& db, const CurrencyRates& rates,
                                                                std::optional<CloseRange> closing = std::nullopt);

} // namespace ForecastSource

} // namespace Fieldbook
