#include "PasswordWorkers.h"

#include "PasswordHash.h"

#include <QPointer>
#include <QThread>

#include <algorithm>

namespace Fieldbook::Server {

PasswordWorkers::PasswordWorkers(int threads, int maxPending, int maxPerAddress, QObject* parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    m_maxPending = maxPending > 0 ? maxPending : 4 * m_pool.maxThreadCount();
    m_maxPerAddress = maxPerAddress > 0 ? maxPerAddress : 4;
}

PasswordWorkers::~PasswordWorkers() {
    m_pool.clear();
    m_pool.waitForDone(); // the answers they post to this object die with it
}

bool PasswordWorkers::verify(const QString& address, const QString& password, const QString& stored, QObject* context,
                             std::function<void(bool right)> done) {
    int& ofAddress = m_perAddress[address];
    if (m_pending >= m_maxPending || ofAddress >= m_maxPerAddress) {
        if (ofAddress == 0)
            m_perAddress.remove(address);
        return false;
    }
    ++m_pending;
    ++ofAddress;
    QPointer<QObject> guard(context);
    m_pool.start([this, address, password, stored, guard = std::move(guard), done = std::move(done)]() mutable {
        const bool right = PasswordHash::verify(password, stored);
        QMetaObject::invokeMethod(
            this,
            [this, address = std::move(address), guard = std::move(guard), done = std::move(done), right] {
                finished(address);
                if (guard)
                    done(right);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void PasswordWorkers::finished(const QString& address) {
    --m_pending;
    if (--m_perAddress[address] <= 0)
        m_perAddress.remove(address);
}

} // namespace Fieldbook::Server
