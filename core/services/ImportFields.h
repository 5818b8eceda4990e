#pragma once

#include "ImportSchema.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Fieldbook {

/// One import field of a record type, declared once: its name in files and on the command line,
/// its label and description for people (untranslated sources in the "ImportSchema" context), the
/// other headers it is recognised by, and whether new records need it.
struct ImportField {
    QString name;
    const char* label;
    const char* description;
    QStringList aliases; ///< in ImportSchema::headerKey() form
    /// 0: optional. Fields of one record type sharing a number are alternatives: a new record
    /// needs at least one of them (a first or a last name).
    int requirement = 0;
};

/// The fields of `type` in a stable order; the commonest ones first (docs/architecture.md).
const QList<ImportField>& importFields(ImportRecordType type);
/// The fields of products and of opportunities (ImportSalesFields.cpp).
const QList<ImportField>& productImportFields();
const QList<ImportField>& opportunityImportFields();

} // namespace Fieldbook
