#include "SmallDemo.h"

#include "services/DemoDataService.h"

#include <catch2/catch.hpp>

namespace Fieldbook::Test {

void generateSmallDemo(Database& db) {
    DemoRequest demo;
    demo.users = 3;
    demo.accounts = 5;
    demo.contacts = 8;
    demo.activities = 8;
    demo.opportunities = 12;
    demo.quotes = 3;
    demo.leads = 3;
    demo.seed = 7;
    REQUIRE(DemoDataService::generate(db, demo));
}

} // namespace Fieldbook::Test
