#pragma once

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Fieldbook::Server {

/// Password checks off the event loop (docs/server.md, "Sign-in"): PBKDF2 runs on a bounded pool of
/// threads while the server goes on answering everyone else, and the checks waiting or running are
/// capped, in all and per client address, so that a storm of sign-ins is refused at once (429)
/// instead of queueing without end. Used from the thread that created it.
class PasswordWorkers final : public QObject {
    Q_OBJECT

public:
    /// `threads` 0: one per core. `maxPending` 0: four per thread. `maxPerAddress` 0: four.
    explicit PasswordWorkers(int threads = 0, int maxPending = 0, int maxPerAddress = 0, QObject* parent = nullptr);
    ~PasswordWorkers() override;
    Q_DISABLE_COPY_MOVE(PasswordWorkers)

    /// Checks `password` against `stored` (PasswordHash::verify) on a worker; `done(right)` runs
    /// afterwards on this object's thread, unless `context` was destroyed meanwhile. False, and
    /// nothing runs, when the pool or `address` already has its most checks waiting or running.
    bool verify(const QString& address, const QString& password, const QString& stored, QObject* context,
                std::function<void(bool right)> done);

    /// Checks waiting or running now.
    int pending() const { return m_pending; }
    int maxPending() const { return m_maxPending; }

private:
    void finished(const QString& address);

    QThreadPool m_pool;
    int m_maxPending;
    int m_maxPerAddress;
    int m_pending = 0;
    QHash<QString, int> m_perAddress;
};

} // namespace Fieldbook::Server
