#include "CommissionReportCli.h"

#include "CliContext.h"
#include "ReportOptions.h"
#include "io/CsvWriter.h"
#include "services/CommissionReport.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>

namespace Fieldbook {

int CommissionReportCli::run(CliContext& context, const QCommandLineParser& parser, ReportFormat format,
                             QIODevice& out) {
    ForecastRequest request;
    int status = int(ExitCode::Ok);
    const auto engine = ReportOptions::engine(context, parser, CommissionReport::dimensionKeys(), request, &status);
    if (!engine)
        return status;
    const QList<CommissionRow> rows = Commission(*engine).rows(request.query);
    if (format == ReportFormat::Json) {
        out.write(QJsonDocument(CommissionReport::json(*engine, request.query, rows)).toJson(QJsonDocument::Compact) +
                  '\n');
        return int(ExitCode::Ok);
    }
    ReportOptions::noteRates(context, engine->input().rates);
    QByteArray bytes = CsvWriter::encodeRow(CommissionReport::columns());
    for (const CommissionRow& row : rows)
        bytes += CsvWriter::encodeRow(CommissionReport::csvFields(engine->input(), row));
    out.write(bytes);
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
