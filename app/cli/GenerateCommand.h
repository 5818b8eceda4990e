#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `generate --accounts N --contacts N --activities N [--users N] [--seed S]`: realistic,
/// deterministic demo data, written in one transaction.
class GenerateCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString synopsis() const override {
        return QStringLiteral("generate [--accounts N] [--contacts N] [--activities N] [--users N] [--seed S]");
    }
    QString summary() const override { return tr("write realistic demo data (Chinese and Western names)"); }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
