#pragma once

#include "CsvSample.h"
#include "LongTask.h"
#include "services/ImportReport.h"
#include "services/ImportRequest.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

class QMimeData;

namespace Fieldbook {

enum class ImportSource { Csv, VCard };

/// What the import wizard has gathered so far; its pages share one instance.
class ImportSetup final {
public:
    QString databasePath; ///< the store the worker thread opens
    QString path;
    ImportSource source = ImportSource::Csv;
    ImportRecordType type = ImportRecordType::Contacts;
    std::optional<CsvSample> sample;  ///< CSV only
    QHash<QString, QString> fieldMap; ///< field -> column header; "" leaves the field out
    QList<ValueMapping> valueMap;

    /// CSV or vCard, judged by the file name.
    static ImportSource sourceFor(const QString& path);
    /// The one local .csv/.vcf file a drag carries, else empty.
    static QString importablePath(const QMimeData* mime);
    /// Fields whose values come from a short list and may need translating (industry, country...).
    static bool isPicklist(const QString& field);

    /// The sample column `field` is read from under the current mapping, -1 when none.
    qsizetype columnOf(const QString& field) const;
    /// `raw` as the import would store it after the value map.
    QString mappedValue(const QString& field, const QString& raw) const;
    /// The work for a LongTask: the import (or its dry run), its report written to `report`.
    LongTask::DatabaseJob job(bool dryRun, std::shared_ptr<ImportReport> report) const;
    /// The tables an import of this kind changes, for the GUI's models to reload.
    QStringList touchedTables() const;
};

} // namespace Fieldbook
