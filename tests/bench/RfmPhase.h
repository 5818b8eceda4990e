#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// rfm_100k_accounts_ms: the customer segments (docs/rfm.md) of a store in `dir` with `accounts`
/// accounts, each with one to five won deals (about three on average: 300,000 for 100,000
/// accounts) in four currencies, one of them without a rate, plus a lost or open deal for every
/// third account that the report must pass over: the won deals and their accounts read from the
/// store, converted, scored, segmented and put on the Pareto curve (CustomerSegments::build, median
/// of 5). rfm_load_ms is the reading alone (WonBusinessRows::load, median of 5).
QJsonObject runRfmPhase(const QString& dir, int accounts);

} // namespace Fieldbook::Bench
