#pragma once

#include <QObject>

class QSocketNotifier;

namespace Fieldbook::Server {

/// Turns SIGTERM and SIGINT into a Qt signal in the event loop (the handler only writes one byte
/// to a socket pair, which is all a signal handler may safely do). One instance at a time.
class SignalWatcher final : public QObject {
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

    /// Whether the handlers are installed (not on platforms without POSIX signals).
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    static void handle(int signalNumber);
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Fieldbook::Server
