#pragma once

#include "ImportSchema.h"
#include "common/Error.h"
#include "domain/ContactPoint.h"

#include <QString>

#include <memory>

namespace Fieldbook {

class Database;
class ImportReferences;
class ImportRow;

/// Turns one import row into a saved record of one type. The importer owns the transaction; a
/// writer only matches, converts and saves through the repository.
class ImportRowWriter {
public:
    enum class Outcome {
        Inserted,
        Updated,
        Deferred, ///< refers by name to a record of the same type that may come later in the file
        Rejected,
    };
    struct RowResult {
        Outcome outcome = Outcome::Rejected;
        QString reason; ///< translated; for Rejected
    };

    virtual ~ImportRowWriter() = default;

    /// A failed Result aborts the import (the store failed); a bad row is a Rejected RowResult.
    /// With `mayDefer` false an unresolved same-type reference is rejected instead of deferred.
    [[nodiscard]] virtual Result<RowResult> write(const ImportRow& row, bool mayDefer) = 0;

    static std::unique_ptr<ImportRowWriter> create(ImportRecordType type, Database& db, ImportReferences& references);

    /// True for failures that concern the row (validation, unknown or deleted reference) rather
    /// than the store; those reject the row, the others abort the import.
    static bool isRowError(const Error& error);

protected:
    static RowResult rejected(QString reason) { return {Outcome::Rejected, std::move(reason)}; }
    static RowResult saved(bool existed) { return {existed ? Outcome::Updated : Outcome::Inserted, {}}; }
    /// Rejects the row for a row error, or passes a store error up.
    static Result<RowResult> rejectedOrFailed(const Error& error);
    /// Sets the value of `points[index]` (appends when index is -1; removes it for an empty value).
    static void setPoint(ContactPoints& points, qsizetype index, const QString& type, const QString& value);
};

} // namespace Fieldbook
