#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Fieldbook {

/// A row (CSV: spreadsheet row, header = 1; vCard: line of BEGIN:VCARD) that was not imported.
struct RejectedRow {
    int row = 0;
    QString reason; ///< translated
    friend bool operator==(const RejectedRow&, const RejectedRow&) = default;
};

/// The outcome of an import; with a dry run, what a real run would have done.
struct ImportReport {
    int imported = 0; ///< new records
    int updated = 0;  ///< existing records matched (by external id, e-mail or name) and updated
    QList<RejectedRow> rejected;

    /// `{"imported":N,"updated":N,"rejected":[{"row":R,"reason":"..."}]}` (docs/architecture.md, The command line).
    QJsonObject toJson() const;
    /// The same as compact JSON text with the keys in the documented order.
    QByteArray toJsonText() const;
};

} // namespace Fieldbook
