#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `init`: creates the database (or migrates an existing one to this version's schema).
class InitCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("create the database, or bring an existing one up to date"); }
    void configure(QCommandLineParser&) const override {}
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
