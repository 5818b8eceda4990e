#include "DisplayZone.h"

#include "services/DisplayZone.h"

namespace Fieldbook {

namespace {

const Database*& store() {
    static const Database* db = nullptr;
    return db;
}

} // namespace

QTimeZone displayZone() {
    return store() ? DisplayZone::load(*store()) : QTimeZone::systemTimeZone();
}

void useDisplayZoneOf(const Database* db) {
    store() = db;
}

} // namespace Fieldbook
