#pragma once

#include "analytics/ForecastEngine.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace Fieldbook {

class Database;

/// What `fieldbook-cli report forecast` and the dashboard ask for (docs/forecast.md).
struct ForecastRequest {
    ForecastQuery query;
    QString currency; ///< report in this currency instead of the reporting currency; empty: that one
};

/// A forecast of the store: the engine over its data, converted to one currency, and the rows
/// asked for, written as CSV or JSON with the same names and numbers everywhere.
class ForecastReport final {
    Q_DECLARE_TR_FUNCTIONS(ForecastReport)

public:
    /// Reads the store's forecast data in the reporting currency of Settings (or `currency`,
    /// converted exactly through the rates) with the fiscal year of Settings.
    /// With `closing`, only the deals closing in that range are read (ForecastSource::load).
    [[nodiscard]] static Result<std::shared_ptr<const ForecastEngine>>
    engine(Database& db, const QString& currency = {}, std::optional<CloseRange> closing = std::nullopt);
    /// The default range: the current fiscal year of `calendar`.
    [[nodiscard]] static FiscalPeriod currentYear(const FiscalCalendar& calendar, QDate today);

    /// The CSV columns, in order (docs/forecast.md, Report columns), for `stages` of the input.
    [[nodiscard]] static QStringList columns(const ForecastInput& input);
    /// One row as CSV fields, in columns() order.
    [[nodiscard]] static QStringList csvFields(const ForecastInput& input, const ForecastRow& row);
    /// One row as a JSON object with the same names.
    [[nodiscard]] static QJsonObject json(const ForecastInput& input, const ForecastRow& row);
    /// The whole report: {"currency", "rates", "fiscal_year_starts", "period", "by", "without_close_date", "rows"}.
    [[nodiscard]] static QJsonObject json(const ForecastEngine& engine, const ForecastQuery& query,
                                          const QList<ForecastRow>& rows);
    /// "USD=0.92; JPY=0.0061" (the rates the amounts were converted with).
    [[nodiscard]] static QString ratesText(const CurrencyRates& rates);
};

} // namespace Fieldbook
