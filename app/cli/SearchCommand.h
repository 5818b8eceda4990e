#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `search TEXT [--limit N] [--format json|text]`: contacts and accounts, names first.
class SearchCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override { return QStringLiteral("search TEXT [--limit N] [--format json|text]"); }
    QString summary() const override {
        return tr("find contacts and accounts by name, company, e-mail, phone, tags, notes");
    }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
