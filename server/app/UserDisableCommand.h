#pragma once

#include "ServerCommand.h"

#include <QCoreApplication>

namespace Fieldbook::Server {

/// `user disable NAME`: the user can no longer sign in, and their tokens stop working at once.
class UserDisableCommand final : public ServerCommand {
    Q_DECLARE_TR_FUNCTIONS(UserDisableCommand)

public:
    QString name() const override { return QStringLiteral("user disable"); }
    QString synopsis() const override { return QStringLiteral("user disable NAME"); }
    QString summary() const override { return tr("stop a user from signing in or syncing"); }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(ServerContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook::Server
