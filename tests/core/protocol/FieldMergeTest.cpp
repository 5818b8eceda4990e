#include "StringMakers.h"
#include "protocol/FieldMerge.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

using Outcome = FieldMergeResult::Outcome;

// Clocks as the client writes them: 13 digits of ms, 4 hex digits of counter, 8 of the device.
const QString kEarly = u"1790000000000-0000-aaaaaaaa"_s;
const QString kLate = u"1790000000500-0000-bbbbbbbb"_s;
const QString kLateOtherDevice = u"1790000000500-0000-cccccccc"_s;

struct Case {
    const char* what;
    MergeClass mergeClass;
    QJsonValue base, theirs;
    QString theirsHlc;
    QJsonValue yours;
    QString yoursHlc;
    Outcome outcome;
    QJsonValue value, lost;
};

} // namespace

TEST_CASE("one field merges by its class: later clock, server keeps and asks, or text merge", "[protocol][merge]") {
    const auto D = MergeClass::Descriptive;
    const auto G = MergeClass::Guarded;
    const auto L = MergeClass::LongText;
    const Case cases[] = {
        {"the same value on both sides", G, 1, 2, kEarly, 2, kLate, Outcome::Unchanged, 2, {}},
        {"the server still has the base: applied", G, 100, 100, kLate, 250, kEarly, Outcome::Applied, 250, {}},
        {"the client's edit is a no-op against its base",
         D,
         u"a"_s,
         u"b"_s,
         kEarly,
         u"a"_s,
         kLate,
         Outcome::Unchanged,
         u"b"_s,
         {}},
        {"descriptive, client later: client wins, server value kept in history", D, u"+1 555"_s, u"+1 556"_s, kEarly,
         u"+1 557"_s, kLate, Outcome::Won, u"+1 557"_s, u"+1 556"_s},
        {"descriptive, server later: server wins, client value kept in history", D, u"Sales"_s, u"VP Sales"_s, kLate,
         u"Head of Sales"_s, kEarly, Outcome::Lost, u"VP Sales"_s, u"Head of Sales"_s},
        {"descriptive, same millisecond on two devices: the device part decides", D, u"x"_s, u"from b"_s, kLate,
         u"from c"_s, kLateOtherDevice, Outcome::Won, u"from c"_s, u"from b"_s},
        {"guarded money: the server keeps its value and the user decides",
         G,
         10000,
         12000,
         kEarly,
         15000,
         kLate,
         Outcome::Conflict,
         12000,
         {}},
        {"guarded owner, even when the client is later",
         G,
         u"u1"_s,
         u"u2"_s,
         kEarly,
         u"u3"_s,
         kLate,
         Outcome::Conflict,
         u"u2"_s,
         {}},
        {"guarded flag set to null by the server",
         G,
         true,
         QJsonValue::Null,
         kEarly,
         false,
         kLate,
         Outcome::Conflict,
         QJsonValue::Null,
         {}},
        {"long text edited in different places: merged",
         L,
         u"a\nb"_s,
         u"A\nb"_s,
         kEarly,
         u"a\nB"_s,
         kLate,
         Outcome::Merged,
         u"A\nB"_s,
         {}},
        {"long text from nothing, appended on both sides: conflict",
         L,
         QJsonValue::Null,
         u"x"_s,
         kEarly,
         u"y"_s,
         kLate,
         Outcome::Conflict,
         u"x"_s,
         {}},
        {"long text changed on the same line: conflict, server keeps its text",
         L,
         u"budget 10k"_s,
         u"budget 12k"_s,
         kLate,
         u"budget 15k"_s,
         kEarly,
         Outcome::Conflict,
         u"budget 12k"_s,
         {}},
        {"long text with a non-text value: conflict", L, u"a"_s, 5, kEarly, u"b"_s, kLate, Outcome::Conflict, 5, {}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const FieldMergeResult r = mergeField({c.mergeClass, c.base, c.theirs, c.theirsHlc, c.yours, c.yoursHlc});
        CHECK(r.outcome == c.outcome);
        CHECK(r.value == c.value);
        CHECK(r.lost == c.lost);
    }
}

TEST_CASE("the winner's clock goes with the merged value", "[protocol][merge]") {
    const auto won = mergeField({MergeClass::Descriptive, u"a"_s, u"b"_s, kEarly, u"c"_s, kLate});
    CHECK(won.hlc == kLate);
    const auto applied = mergeField({MergeClass::Guarded, 1, 1, kLate, 2, kEarly});
    CHECK(applied.hlc == kEarly); // the client's edit is the newest write of the field
    const auto merged = mergeField({MergeClass::LongText, u"a\nb"_s, u"A\nb"_s, kLate, u"a\nB"_s, kEarly});
    CHECK(merged.hlc == kLate);
    const auto conflict = mergeField({MergeClass::Guarded, 1, 2, kEarly, 3, kLate});
    CHECK(conflict.hlc == kEarly);
}
