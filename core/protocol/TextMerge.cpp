#include "TextMerge.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace Fieldbook::TextMerge {

namespace {

/// Base lines [start, end) replaced by `lines`; start == end is an insertion before line `start`.
struct Hunk {
    qsizetype start = 0;
    qsizetype end = 0;
    QStringList lines;
    bool dropped = false;

    bool isInsertion() const { return start == end; }
    friend bool operator==(const Hunk& a, const Hunk& b) {
        return a.start == b.start && a.end == b.end && a.lines == b.lines;
    }
};

/// The largest line table compared (lines of one side times lines of the other, after the
/// common head and tail are cut off): 16 MB of cells at most.
constexpr qsizetype kMaxCells = 4'000'000;

/// Hunks turning `base` into `other`, from a longest common subsequence of lines.
std::optional<std::vector<Hunk>> diff(const QStringList& base, const QStringList& other) {
    qsizetype head = 0;
    while (head < base.size() && head < other.size() && base.at(head) == other.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < base.size() - head && tail < other.size() - head &&
           base.at(base.size() - 1 - tail) == other.at(other.size() - 1 - tail))
        ++tail;
    const qsizetype n = base.size() - head - tail;
    const qsizetype m = other.size() - head - tail;
    if ((n + 1) * (m + 1) > kMaxCells)
        return std::nullopt;

    // lcs[i][j]: common lines of base[head+i ..] and other[head+j ..] (within the middle part).
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& {
        return lcs[size_t(i * (m + 1) + j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) =
                base.at(head + i) == other.at(head + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));

    std::vector<Hunk> hunks;
    qsizetype i = 0;
    qsizetype j = 0;
    Hunk open{-1, -1, {}, false};
    auto flush = [&] {
        if (open.start >= 0)
            hunks.push_back(std::exchange(open, Hunk{-1, -1, {}, false}));
    };
    while (i < n || j < m) {
        if (i < n && j < m && base.at(head + i) == other.at(head + j)) {
            flush();
            ++i;
            ++j;
            continue;
        }
        if (open.start < 0)
            open = Hunk{head + i, head + i, {}, false};
        if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            open.lines.append(other.at(head + j));
            ++j;
        } else {
            ++i;
            open.end = head + i;
        }
    }
    flush();
    return hunks;
}

bool overlaps(const Hunk& a, const Hunk& b) {
    if (a.isInsertion() && b.isInsertion())
        return a.start == b.start;
    if (a.isInsertion())
        return b.start < a.start && a.start < b.end;
    if (b.isInsertion())
        return a.start < b.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
}

} // namespace

std::optional<QString> merge(const QString& base, const QString& theirs, const QString& yours) {
    if (theirs == yours || yours == base)
        return theirs;
    if (theirs == base)
        return yours;
    const QChar newline(u'\n');
    const QStringList baseLines = base.split(newline);
    auto theirHunks = diff(baseLines, theirs.split(newline));
    auto yourHunks = diff(baseLines, yours.split(newline));
    if (!theirHunks || !yourHunks)
        return std::nullopt;

    for (Hunk& t : *theirHunks) {
        for (Hunk& y : *yourHunks) {
            if (y.dropped)
                continue;
            if (t == y) {
                y.dropped = true; // the same edit on both sides
            } else if (t.isInsertion() && y.isInsertion() && t.start == y.start) {
                t.lines += y.lines; // both added text at the same place: keep both
                y.dropped = true;
            } else if (overlaps(t, y)) {
                return std::nullopt;
            }
        }
    }
    std::vector<Hunk> hunks = std::move(*theirHunks);
    for (Hunk& y : *yourHunks)
        if (!y.dropped)
            hunks.push_back(std::move(y));
    // In base order; an insertion before a change that starts at the same line.
    std::stable_sort(hunks.begin(), hunks.end(), [](const Hunk& a, const Hunk& b) {
        return a.start != b.start ? a.start < b.start : a.isInsertion() && !b.isInsertion();
    });

    QStringList merged;
    qsizetype next = 0;
    for (const Hunk& h : hunks) {
        for (; next < h.start; ++next)
            merged.append(baseLines.at(next));
        merged += h.lines;
        next = std::max(next, h.end);
    }
    for (; next < baseLines.size(); ++next)
        merged.append(baseLines.at(next));
    return merged.join(newline);
}

} // namespace Fieldbook::TextMerge
