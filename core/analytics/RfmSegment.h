#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Fieldbook {

/// The named RFM segments of docs/rfm.md, from the best customers to the ones gone.
enum class RfmSegment {
    Champions,
    Loyal,
    PotentialLoyalists,
    NewCustomers,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLose,
    Hibernating,
    Lost,
};

/// Every segment, in the order above.
[[nodiscard]] QList<RfmSegment> allRfmSegments();
/// The stable key exports and the command line use: "champions", "potential_loyalists", "cant_lose".
[[nodiscard]] QString rfmSegmentKey(RfmSegment segment);
/// The segment whose key is `text`, also written with spaces, hyphens, capitals or an apostrophe
/// ("Can't lose", "at-risk"); false (and `*segment` untouched) for anything else.
[[nodiscard]] bool parseRfmSegment(QStringView text, RfmSegment* segment);
/// The segment's name for people, translated ("Champions").
[[nodiscard]] QString rfmSegmentName(RfmSegment segment);

/// The combined frequency–monetary score: the mean of `f` and `m` (1–5), halves rounded up.
[[nodiscard]] int rfmFmScore(int f, int m);
/// The segment of the rule table of docs/rfm.md for a recency score `r` and a combined
/// frequency–monetary score `fm` (both 1–5; values outside are clamped).
[[nodiscard]] RfmSegment rfmSegmentFor(int r, int fm);

} // namespace Fieldbook
