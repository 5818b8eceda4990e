#pragma once

#include "ServerCommand.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Fieldbook::Server {

/// `user add NAME --role rep|manager|admin [--manager NAME] --password-file FILE`: a new user who
/// can sign in with the password on the first line of FILE ("-": standard input).
class UserAddCommand final : public ServerCommand {
    Q_DECLARE_TR_FUNCTIONS(UserAddCommand)

public:
    QString name() const override { return QStringLiteral("user add"); }
    QString synopsis() const override {
        return QStringLiteral("user add NAME --role rep|manager|admin [--manager NAME] --password-file FILE");
    }
    QString summary() const override { return tr("add a user who signs in with the password in FILE"); }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(ServerContext& context, const QCommandLineParser& parser) override;

    /// The first line of `path` ("-": standard input) without its line end; an empty password is
    /// refused.
    [[nodiscard]] static Result<QString> readPassword(const QString& path);
};

} // namespace Fieldbook::Server
