#pragma once

#include "common/Error.h"
#include "io/VCardParseResult.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace Fieldbook {

/// Reads vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) files into VCardEntry values.
///
/// Error strategy: a broken card (no END:VCARD, no or an unsupported VERSION, a line without ':',
/// invalid UTF-8, larger than the card limit) is skipped and described in `problems`; the good
/// cards are still returned. The result is an Error only when nothing can be used: the file cannot
/// be read, is over the size limit, contains no BEGIN:VCARD at all, or every card in it is broken
/// (then the Error is the first problem, with all of them in `detail`). Messages name the line.
class VCardReader final {
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    struct Limits {
        qint64 maxFileBytes = 20 << 20;
        qint64 maxCardBytes = 1 << 20;
    };

    /// Reads the whole device (up to the file limit) and parses it.
    [[nodiscard]] static Result<VCardParseResult> read(QIODevice* device);
    [[nodiscard]] static Result<VCardParseResult> read(QIODevice* device, Limits limits);
    /// Parses vCard text already in memory.
    [[nodiscard]] static Result<VCardParseResult> parse(const QByteArray& data);
    [[nodiscard]] static Result<VCardParseResult> parse(const QByteArray& data, Limits limits);
};

} // namespace Fieldbook
