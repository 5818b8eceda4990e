#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace Fieldbook {

/// One desktop instance per store. The first instance on a store listens on a local socket named
/// after the store's path; a second one started on the same store hands its request to the first
/// (which comes to the front) and quits without opening the store, so one store is never held by
/// two windows that each believe they own it.
class SingleInstance final : public QObject {
    Q_OBJECT

public:
    enum class Handover {
        None,      ///< no other instance holds the store: this one listens and goes on
        Delivered, ///< the running instance took the request
        NoAnswer,  ///< an instance holds the store but did not answer in time
    };

    explicit SingleInstance(const QString& storePath, QObject* parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    /// Hands `request` to a running instance of the store, or starts listening for later ones.
    [[nodiscard]] Handover claim(const QByteArray& request = "activate");
    /// The local socket's path (in the user's runtime folder).
    QString serverName() const { return m_name; }

signals:
    /// Another start on this store asked this instance to come to the front (`request` as sent).
    void requested(const QByteArray& request);

private:
    Handover handOver(const QByteArray& request) const;
    void listen();
    void accept();

    QString m_name;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace Fieldbook
