#include "EventLoopWait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace Fieldbook::Test {

bool waitUntil(const std::function<bool()>& done, int ms) {
    const QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace Fieldbook::Test
