#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// board_load_50k_ms: the pipeline board model over `opportunities` open opportunities (spread over
/// the open stages, four currencies, 2,000 accounts) built from a fresh store in `dir`: every
/// column's count, total and weighted total plus its first page of cards (median of 5 loads);
/// board_card_move_ms: one card saved in another stage until the board shows it (median of 20);
/// quick_open_50k_p95_ms: quick open's search (30 results, every record type) over that store.
QJsonObject runBoardPhase(const QString& dir, int opportunities);

} // namespace Fieldbook::Bench
