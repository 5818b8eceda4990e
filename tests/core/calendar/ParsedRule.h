#pragma once

#include "calendar/RecurrenceRule.h"

#include <catch2/catch.hpp>

namespace Fieldbook::Test {

/// The rule `text` parses to; the test fails there when it does not parse.
inline RecurrenceRule parsedRule(const QString& text) {
    const Result<RecurrenceRule> parsed = RecurrenceRule::parse(text);
    INFO(text.toStdString());
    REQUIRE(parsed.has_value());
    return *parsed;
}

} // namespace Fieldbook::Test
