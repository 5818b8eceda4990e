#pragma once

#include <QString>
#include <QStringList>

namespace Fieldbook::IcsText {

/// TEXT escaping of RFC 5545, 3.3.11: backslash, semicolon, comma and line breaks.
QString escape(QStringView text);
/// The reverse of escape(): \\ \; \, \n \N; an unknown escape before punctuation drops the
/// backslash, before a letter or digit keeps both (a Windows path written unescaped survives).
QString unescape(QStringView text);
/// Splits a list at the separators no backslash escapes; the parts stay escaped.
QStringList splitList(QStringView text, QChar separator = u',');
/// A parameter value, quoted when it holds ':', ';' or ','; DQUOTE and control characters, which
/// a parameter cannot hold, become an apostrophe and a blank.
QString parameterValue(QStringView value);

} // namespace Fieldbook::IcsText
