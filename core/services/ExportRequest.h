#pragma once

#include <QString>

class QIODevice;

namespace Fieldbook {

enum class ExportRecordType { Accounts, Contacts };
enum class ExportFormat {
    Csv,    ///< columns named like the import fields, so an export re-imports as it was
    Json,   ///< an array of objects with every field, one object per line
    VCard3, ///< contacts only
    VCard4, ///< contacts only
};

/// What to export and where to.
struct ExportRequest {
    ExportRecordType type = ExportRecordType::Contacts;
    ExportFormat format = ExportFormat::Csv;
    QIODevice* device = nullptr; ///< open for writing
};

} // namespace Fieldbook
