#pragma once

#include "analytics/ForecastInput.h"
#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <future>
#include <optional>

namespace Fieldbook {

class Database;

/// Rows read per opportunity, in the order of its id, before they are matched to the deals read on
/// another connection: each opportunity's id once and the range of its items.
template<typename Item>
struct RowsByOpportunity {
    QList<QByteArray> opportunities; ///< ids, in the order read
    QList<qsizetype> starts;         ///< the first of each opportunity's items in `items`
    QList<Item> items;

    /// Adds `item` to the opportunity `id` (a new one when it is not the last one read).
    void add(QByteArrayView id, Item item) {
        if (opportunities.isEmpty() || QByteArrayView(opportunities.last()) != id) {
            opportunities.append(id.toByteArray());
            starts.append(items.size());
        }
        items.append(std::move(item));
    }
    /// One past the last item of the `o`-th opportunity.
    [[nodiscard]] qsizetype end(qsizetype o) const { return o + 1 < starts.size() ? starts[o + 1] : items.size(); }
};

/// What a forecast reads of its deals' rows on a second connection while the deals themselves are
/// read on the first (docs/forecast.md, Performance): the stage history and the product lines.
struct DealRowsBeside {
    QList<QByteArray> stageValues;                     ///< the stage keys changed to, each once
    RowsByOpportunity<std::pair<int, qint64>> changes; ///< index in `stageValues`, when (ms, UTC)
    RowsByOpportunity<ForecastLine> lines;             ///< product index (-1: none or unknown), net

    /// Reads the rows of the live deals (closing in `closing`, when set) from `db`; `products`
    /// gives each product id's (UTF-8) index in the forecast.
    [[nodiscard]] static Result<DealRowsBeside> read(Database& db, const std::optional<CloseRange>& closing,
                                                     const QHash<QByteArray, int>& products);
    /// Starts read() on a thread with a connection of its own to `db`'s file, beside the caller's
    /// reading; when the store is not a file that can be opened again, read() on `db` when asked.
    [[nodiscard]] static std::future<Result<DealRowsBeside>>
    start(Database& db, const std::optional<CloseRange>& closing, QHash<QByteArray, int> products);
};

namespace ForecastClosing {

/// " AND ..." to a WHERE that keeps the deals closing in `closing` (nothing without it): over
/// opportunities (`ofDeal` false) or over the rows of an opportunity's (`opportunity_id`).
[[nodiscard]] QString clause(const std::optional<CloseRange>& closing, bool ofDeal);
/// The values clause() binds.
[[nodiscard]] QVariantList values(const std::optional<CloseRange>& closing);

} // namespace ForecastClosing

} // namespace Fieldbook
