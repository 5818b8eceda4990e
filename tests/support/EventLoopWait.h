#pragma once

#include <functional>

namespace Fieldbook::Test {

/// Runs this thread's event loop until `done` holds or `ms` have passed; whether it holds.
bool waitUntil(const std::function<bool()>& done, int ms = 30'000);

} // namespace Fieldbook::Test
