#pragma once

#include "ReportCommand.h"
#include "analytics/RfmSegment.h"

#include <QCoreApplication>
#include <QIODevice>

#include <optional>

namespace Fieldbook {

class CliContext;
struct CustomerSegmentReport;

/// `report rfm`: one row per scored account with its recency, frequency, monetary value, scores
/// and segment; JSON adds the totals, the segments, the Pareto view and the amounts without a
/// rate (docs/rfm.md, Command line).
class RfmReport final {
    Q_DECLARE_TR_FUNCTIONS(RfmReport)

public:
    /// Adds --as-of, --segment and --top.
    static void configure(QCommandLineParser& parser);
    [[nodiscard]] static int run(CliContext& context, const QCommandLineParser& parser, ReportFormat format,
                                 QIODevice& out);

    /// The CSV columns, in order.
    static QStringList csvColumns();
    /// The CSV text of `report`'s accounts (only those of `segment` when given), header first.
    static QByteArray toCsv(const CustomerSegmentReport& report, std::optional<RfmSegment> segment);
    /// The JSON document of `report`: rows as in CSV (only `segment`'s when given), and the totals,
    /// segments, Pareto view with the `top` largest customers, and unconverted amounts of all accounts.
    static QByteArray toJson(const CustomerSegmentReport& report, std::optional<RfmSegment> segment, int top);
};

} // namespace Fieldbook
