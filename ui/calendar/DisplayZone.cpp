#include "DisplayZone.h"

namespace Fieldbook {

QTimeZone displayZone() {
    return QTimeZone::systemTimeZone();
}

} // namespace Fieldbook
