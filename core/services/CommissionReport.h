#pragma once

#include "analytics/Commission.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Fieldbook {

/// The commission forecast as `fieldbook-cli report commission` writes it (docs/forecast.md,
/// Commission): the same names and numbers in CSV and JSON.
class CommissionReport final {
    Q_DECLARE_TR_FUNCTIONS(CommissionReport)

public:
    /// "total", "owner", "manager", "team": the groupings commission rolls up by.
    [[nodiscard]] static QStringList dimensionKeys();

    /// The CSV columns, in order.
    [[nodiscard]] static QStringList columns();
    /// One row as CSV fields, in columns() order.
    [[nodiscard]] static QStringList csvFields(const ForecastInput& input, const CommissionRow& row);
    /// The whole report: {"currency", "rates", "fiscal_year_starts", "period", "by", "rows": [...]},
    /// each row with the columns' names (amounts as decimal text, counts as numbers, an empty
    /// attainment as null) and "plan_ids".
    [[nodiscard]] static QJsonObject json(const ForecastEngine& engine, const ForecastQuery& query,
                                          const QList<CommissionRow>& rows);
    /// How a plan is shown: "Ada from 2026-04-01 (5%; Services=8%; ×1.5 above quota)", a team plan
    /// as "team of Anna from …".
    [[nodiscard]] static QString planName(const ForecastInput& input, const CommissionPlan& plan);
};

} // namespace Fieldbook
