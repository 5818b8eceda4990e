#pragma once

#include "ServerCommand.h"

#include <QCoreApplication>

namespace Fieldbook::Server {

/// `dev-cert`: a local CA and a certificate for localhost in <data>/tls, for development and tests.
class DevCertCommand final : public ServerCommand {
    Q_DECLARE_TR_FUNCTIONS(DevCertCommand)

public:
    QString name() const override { return QStringLiteral("dev-cert"); }
    QString synopsis() const override { return QStringLiteral("dev-cert"); }
    QString summary() const override { return tr("make a development CA and a certificate for localhost"); }
    void configure(QCommandLineParser&) const override {}
    [[nodiscard]] int run(ServerContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook::Server
