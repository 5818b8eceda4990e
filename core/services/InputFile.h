#pragma once

#include "common/Error.h"

#include <QCoreApplication>

class QFile;

namespace Fieldbook {

/// Opens a file an import reads, with translated errors that name the file (ErrorCode::Io, or
/// NotFound when it does not exist).
class InputFile final {
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    [[nodiscard]] static Result<void> open(const QString& path, QFile& file);
};

} // namespace Fieldbook
