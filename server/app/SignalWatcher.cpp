#include "SignalWatcher.h"

#include <QSocketNotifier>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Fieldbook::Server {

namespace {
int g_pipe[2] = {-1, -1}; ///< [0] written by the handler, [1] read in the event loop
constexpr int kWatched[] = {SIGTERM, SIGINT};
} // namespace

SignalWatcher::SignalWatcher(QObject* parent)
    : QObject(parent) {
#ifdef Q_OS_UNIX
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    struct sigaction action = {};
    action.sa_handler = &SignalWatcher::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : kWatched)
        ::sigaction(signalNumber, &action, nullptr);
#endif
}

SignalWatcher::~SignalWatcher() {
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    for (int signalNumber : kWatched)
        std::signal(signalNumber, SIG_DFL);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#endif
}

void SignalWatcher::handle(int signalNumber) {
#ifdef Q_OS_UNIX
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
#else
    Q_UNUSED(signalNumber);
#endif
}

void SignalWatcher::onReadable() {
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) == 1)
        Q_EMIT received(int(byte));
#endif
}

} // namespace Fieldbook::Server
