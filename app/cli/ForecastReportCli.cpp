#include "ForecastReportCli.h"

#include "CliContext.h"
#include "ReportOptions.h"
#include "io/CsvWriter.h"
#include "services/ForecastReport.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QByteArray csv(const ForecastEngine& engine, const QList<ForecastRow>& rows) {
    QByteArray bytes = CsvWriter::encodeRow(ForecastReport::columns(engine.input()));
    for (const ForecastRow& row : rows)
        bytes += CsvWriter::encodeRow(ForecastReport::csvFields(engine.input(), row));
    return bytes;
}

} // namespace

void ForecastReportCli::configure(QCommandLineParser& parser) {
    ReportOptions::configure(parser, forecastDimensionKeys());
}

int ForecastReportCli::run(CliContext& context, const QCommandLineParser& parser, ReportFormat format, QIODevice& out) {
    ForecastRequest request;
    int status = int(ExitCode::Ok);
    const auto engine = ReportOptions::engine(context, parser, forecastDimensionKeys(), request, &status);
    if (!engine)
        return status;
    const QList<ForecastRow> rows = engine->rows(request.query);
    if (format == ReportFormat::Json) {
        out.write(QJsonDocument(ForecastReport::json(*engine, request.query, rows)).toJson(QJsonDocument::Compact) +
                  '\n');
        return int(ExitCode::Ok);
    }
    ReportOptions::noteRates(context, engine->input().rates);
    out.write(csv(*engine, rows));
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
