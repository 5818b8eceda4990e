#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// The telesales workspace (docs/telesales.md) on a store in `dir` of `contacts` contacts with a
/// number each (written straight into the tables), half of them at software companies and one in
/// fifty asking not to be called:
/// - calllist_build_50k_ms: a list built from the filter industry=Software (CallListBuilder: the
///   candidates read, numbers read as E.164, do-not-call left out, entries written with the outbox);
/// - queue_next_ms: the next call with its card (the contact, the last five interactions, the
///   account's open opportunities) and the script filled in (median of 50, each after a wrap-up);
/// - wrapup_save_ms: a call's wrap-up (CallWrapUp::save with "no answer", median of 50);
/// - call_stats_month_ms: the statistics per rep of a month of 100,000 calls (median of 5).
QJsonObject runTelesalesPhase(const QString& dir, int contacts);

} // namespace Fieldbook::Bench
