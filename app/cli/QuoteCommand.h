#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `quote list [--format text|json]` and `quote pdf ID -o FILE.pdf`.
class QuoteCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(QuoteCommand)

public:
    QString name() const override { return QStringLiteral("quote"); }
    QString synopsis() const override {
        return QStringLiteral("quote list [--format text|json] | quote pdf ID|NUMBER -o FILE.pdf");
    }
    QString summary() const override {
        return tr("list quotes with every line and total, or write a quote as a PDF for the customer");
    }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    [[nodiscard]] int list(CliContext& context, const QCommandLineParser& parser);
    [[nodiscard]] int pdf(CliContext& context, const QCommandLineParser& parser);
};

} // namespace Fieldbook
