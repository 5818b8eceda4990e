#include "StringMakers.h"
#include "protocol/TextMerge.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Case {
    const char* what;
    const char16_t* base;
    const char16_t* theirs;
    const char16_t* yours;
    const char16_t* merged; ///< nullptr: a conflict
};

} // namespace

TEST_CASE("notes edited on two devices merge line by line, and overlapping edits conflict", "[protocol][merge]") {
    static const Case cases[] = {
        {"nobody changed it", u"a\nb", u"a\nb", u"a\nb", u"a\nb"},
        {"only theirs changed", u"a\nb", u"a\nB", u"a\nb", u"a\nB"},
        {"only yours changed", u"a\nb", u"a\nb", u"A\nb", u"A\nb"},
        {"the same edit on both sides", u"a\nb", u"a\nX", u"a\nX", u"a\nX"},
        {"different lines changed", u"one\ntwo\nthree", u"ONE\ntwo\nthree", u"one\ntwo\nTHREE", u"ONE\ntwo\nTHREE"},
        {"both appended: both kept, theirs first", u"met CFO", u"met CFO\nsent quote", u"met CFO\ncalled back",
         u"met CFO\nsent quote\ncalled back"},
        {"both wrote into an empty note", u"", u"theirs", u"yours", nullptr},
        {"one inserted at the top, the other appended", u"middle", u"top\nmiddle", u"middle\nbottom",
         u"top\nmiddle\nbottom"},
        {"one deleted a line, the other edited another", u"a\nb\nc\nd", u"a\nc\nd", u"a\nb\nc\nD", u"a\nc\nD"},
        {"both changed the same line differently", u"budget 10k", u"budget 12k", u"budget 15k", nullptr},
        {"one deleted the line the other edited", u"a\nb\nc", u"a\nc", u"a\nB\nc", nullptr},
        {"an insertion right before a changed line", u"a\nb", u"a\nnew\nb", u"a\nB", u"a\nnew\nB"},
        {"an insertion inside a range the other replaced", u"a\nb\nc\nd", u"a\nb\nX\nc\nd", u"a\nY\nd", nullptr},
        {"Chinese text on separate lines", u"客户：王小明\n预算：十万", u"客户：王小明先生\n预算：十万",
         u"客户：王小明\n预算：十二万", u"客户：王小明先生\n预算：十二万"},
        {"a trailing newline is kept", u"a\n", u"a\nb\n", u"A\n", u"A\nb\n"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const auto merged =
            TextMerge::merge(QString::fromUtf16(c.base), QString::fromUtf16(c.theirs), QString::fromUtf16(c.yours));
        if (c.merged) {
            REQUIRE(merged.has_value());
            CHECK(*merged == QString::fromUtf16(c.merged));
        } else {
            CHECK_FALSE(merged.has_value());
        }
    }
}

TEST_CASE("a text merge keeps every line either side added to a long note", "[protocol][merge]") {
    QStringList base;
    for (int i = 0; i < 500; ++i)
        base.append(u"line %1"_s.arg(i));
    QStringList theirs = base;
    theirs[10] = u"changed by theirs"_s;
    theirs.insert(200, u"inserted by theirs"_s);
    QStringList yours = base;
    yours[400] = u"changed by yours"_s;
    yours.removeAt(450);
    yours.append(u"appended by yours"_s);
    const auto merged = TextMerge::merge(base.join(u'\n'), theirs.join(u'\n'), yours.join(u'\n'));
    REQUIRE(merged.has_value());
    QStringList expected = theirs;
    expected[401] = u"changed by yours"_s; // shifted by the line theirs inserted
    expected.removeAt(451);
    expected.append(u"appended by yours"_s);
    CHECK(merged->split(u'\n') == expected);
}
