#pragma once

#include "common/Error.h"
#include "services/ForecastReport.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Fieldbook {

class CliContext;
class Database;

/// The options the reports over the forecast engine share (report forecast, report commission:
/// docs/forecast.md): the period, the grouping, the range, the currency and the filters.
class ReportOptions final {
    Q_DECLARE_TR_FUNCTIONS(ReportOptions)

public:
    /// Adds --period, --from, --to, --by (its help naming `dimensions`), --currency, --under, --team
    /// and --pipeline.
    static void configure(QCommandLineParser& parser, const QStringList& dimensions);
    /// --period, --by (one of `dimensions`; total when absent), --from/--to, --currency and --team
    /// into `request`; the problem with the first bad one, or empty.
    [[nodiscard]] static QString readQuery(const QCommandLineParser& parser, const QStringList& dimensions,
                                           ForecastRequest& request);
    /// The names given for --under and --pipeline as ids; NotFound when one matches nothing.
    [[nodiscard]] static Result<void> resolveNames(Database& db, const QCommandLineParser& parser,
                                                   ForecastFilter& filter);
    /// Without --from and --to: the current fiscal year of `calendar`.
    static void defaultRange(const FiscalCalendar& calendar, ForecastQuery& query);
    /// On stderr, for CSV: "amounts in EUR, converted with USD=0.92" (nothing without rates).
    static void noteRates(CliContext& context, const CurrencyRates& rates);
    /// All of the above for one run: reads the options into `request`, opens the store and loads
    /// the forecast engine in the request's currency, the range defaulting to the current fiscal
    /// year. On failure reports it and sets `status` (an ExitCode value) and returns nullptr.
    [[nodiscard]] static std::shared_ptr<const ForecastEngine> engine(CliContext& context,
                                                                      const QCommandLineParser& parser,
                                                                      const QStringList& dimensions,
                                                                      ForecastRequest& request, int* status);
};

} // namespace Fieldbook
