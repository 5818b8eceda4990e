#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `import TYPE FILE.csv [--map field=column ...] [--value-map field:source=target ...] [--dry-run]`,
/// `import contacts FILE.vcf [--dry-run]` and `import TYPE --fields`. Prints the JSON report.
class ImportCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QString summary() const override {
        return tr("import accounts, contacts or users from CSV, contacts from vCard, or a calendar from iCalendar");
    }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
