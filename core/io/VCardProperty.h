#pragma once

#include "io/VCardProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QLatin1String>
#include <QStringList>

#include <expected>

namespace Fieldbook {

/// One unfolded vCard content line, `[group.]NAME *(;PARAM=VALUE):VALUE`, as VCardReader sees it.
class VCardProperty final {
    Q_DECLARE_TR_FUNCTIONS(VCardProperty)

public:
    QByteArray name;                       ///< upper case, group prefix (item1.) removed
    QHash<QByteArray, QStringList> params; ///< upper-case names; TYPE values lower case, one per entry
    QByteArray value;                      ///< raw bytes after the first unquoted ':', still escaped
    int line = 0;                          ///< 1-based physical line where the property starts

    /// Parses a content line. Parameters may be `TYPE=work,voice`, `TYPE=WORK;TYPE=CELL`,
    /// `TYPE="work,voice"` or a bare `WORK` (read as a TYPE). Fails if there is no ':' or no name.
    [[nodiscard]] static std::expected<VCardProperty, VCardProblem> parse(QByteArrayView text, int line);

    /// The value as text: UTF-8 (strict) unless CHARSET names Latin-1; other charsets are refused.
    [[nodiscard]] std::expected<QString, VCardProblem> decodedValue() const;

    QStringList param(const char* key) const { return params.value(QByteArray(key)); }
    bool hasType(QLatin1String type) const { return param("TYPE").contains(type); }
};

} // namespace Fieldbook
