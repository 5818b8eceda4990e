#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `export <contacts|accounts> --format csv|json|vcf [--vcard-version 3.0|4.0] [-o FILE]`: to stdout,
/// or written atomically to FILE (a failed export leaves an existing FILE untouched).
class ExportCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override {
        return QStringLiteral("export <contacts|accounts> --format csv|json|vcf [--vcard-version 3.0|4.0] [-o FILE]\n"
                              "       fieldbook-cli --db FILE export calendar --format ics [-o FILE] "
                              "[--from DATE --to DATE] [--zone ZONE]");
    }
    QString summary() const override {
        return tr("write contacts or accounts as CSV, JSON or vCard, or the calendar as iCalendar");
    }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
