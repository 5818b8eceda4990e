#pragma once

#include <QDate>
#include <QString>

namespace Fieldbook {

/// What one user should close in one month, fiscal quarter or fiscal year (docs/forecast.md,
/// Quotas). `periodKind` is "month", "quarter" or "year"; `periodStart` its first day.
struct Quota {
    QString id;
    QString userId; ///< whose quota it is (the record's owner)
    QString periodKind;
    QDate periodStart;
    qint64 amount = 0; ///< minor units of `currency`
    QString currency;
    friend bool operator==(const Quota&, const Quota&) = default;
};

} // namespace Fieldbook
