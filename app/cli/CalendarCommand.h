#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `calendar agenda --from DATE --to DATE [--user NAME] [--format json|text] [--zone ZONE]`: the
/// occurrences of the days from..to (both included), recurrences expanded (docs/calendar-import.md, Agenda).
class CalendarCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString synopsis() const override {
        return QStringLiteral("calendar agenda --from DATE --to DATE [--user NAME] [--format text|json] [--zone ZONE]");
    }
    QString summary() const override {
        return tr("list the calendar's occurrences of a period, recurrences expanded, as text or JSON");
    }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
