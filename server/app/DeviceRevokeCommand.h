#pragma once

#include "ServerCommand.h"

#include <QCoreApplication>

namespace Fieldbook::Server {

/// `device revoke ID`: the device (client id) is refused from now on and its tokens end at once.
class DeviceRevokeCommand final : public ServerCommand {
    Q_DECLARE_TR_FUNCTIONS(DeviceRevokeCommand)

public:
    QString name() const override { return QStringLiteral("device revoke"); }
    QString synopsis() const override { return QStringLiteral("device revoke ID"); }
    QString summary() const override { return tr("refuse a lost or retired device (its client id)"); }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(ServerContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook::Server
