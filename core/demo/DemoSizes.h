#pragma once

namespace Fieldbook {

/// How many records of each kind a demo data set has by default.
struct DemoSizes {
    int users = 8;
    int accounts = 200;
    int contacts = 1000;
    int activities = 3000;
    int opportunities = 400;
    int quotes = 80;
    int leads = 300;
    int events = 600;
    int tasks = 150;
};

} // namespace Fieldbook
