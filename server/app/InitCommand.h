#pragma once

#include "ServerCommand.h"

#include <QCoreApplication>

namespace Fieldbook::Server {

/// `init`: creates the server store (or migrates an existing one to this version's schema).
class InitCommand final : public ServerCommand {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("create the server store, or bring an existing one up to date"); }
    void configure(QCommandLineParser&) const override {}
    [[nodiscard]] int run(ServerContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook::Server
