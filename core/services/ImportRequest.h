#pragma once

#include "ImportSchema.h"
#include "WorkProgress.h"

#include <QHash>
#include <QList>
#include <QString>

class QIODevice;

namespace Fieldbook {

/// A picklist translation applied to one field before it is stored: `source` (compared ignoring
/// case and surrounding spaces) becomes `target`; the source "*" stands for every other value that
/// is not empty. From `--value-map field:source=target`.
struct ValueMapping {
    QString field;
    QString source;
    QString target;
};

/// What to import and how. Give either an open `device` or a `path`.
struct ImportRequest {
    ImportRecordType type = ImportRecordType::Contacts;
    QIODevice* device = nullptr; ///< open for reading; takes precedence over `path`
    QString path;
    QHash<QString, QString> fieldMap; ///< field -> CSV column header (overrides the default mapping; "": not imported)
    QList<ValueMapping> valueMap;
    bool dryRun = false; ///< run everything, report, then roll back
};

} // namespace Fieldbook
