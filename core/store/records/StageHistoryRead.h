#pragma once

#include "analytics/ForecastInput.h"
#include "common/Error.h"

#include <QByteArray>
#include <QList>

#include <future>
#include <optional>

namespace Fieldbook {

class Database;

/// The stage history of the deals a forecast reads (ForecastSource), as read and before it is
/// matched to them, so that it can be read on a second connection while the deals are read on the
/// first (docs/forecast.md, Performance): per opportunity, its stage changes in order.
struct StageHistory {
    QList<QByteArray> values;              ///< the stage keys changed to, each once
    QList<QByteArray> opportunities;       ///< ids, in the order read
    QList<qsizetype> starts;               ///< the first of each opportunity's changes in `changes`
    QList<std::pair<int, qint64>> changes; ///< index in `values`, when (ms since the epoch, UTC)

    /// Reads the history of the live deals (closing in `closing`, when set) from `db`.
    [[nodiscard]] static Result<StageHistory> read(Database& db, const std::optional<CloseRange>& closing);
    /// Starts read() on a thread with a connection of its own to `db`'s file, beside the caller's
    /// reading; when the store is not a file that can be opened again, read() on `db` when asked.
    [[nodiscard]] static std::future<Result<StageHistory>> readBeside(Database& db,
                                                                      const std::optional<CloseRange>& closing);
};

namespace ForecastClosing {

/// " AND ..." to a WHERE that keeps the deals closing in `closing` (nothing without it): over
/// opportunities (`ofDeal` false) or over the rows of an opportunity's (`opportunity_id`).
[[nodiscard]] QString clause(const std::optional<CloseRange>& closing, bool ofDeal);
/// The values clause() binds.
[[nodiscard]] QVariantList values(const std::optional<CloseRange>& closing);

} // namespace ForecastClosing

} // namespace Fieldbook
