#pragma once

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

/// Text-value escaping shared by VCardReader and VCardWriter (RFC 6350 section 3.4, RFC 2426 section 4).
namespace Fieldbook::VCardText {

/// Escapes backslash, comma and semicolon with a backslash and writes line breaks as "\n".
QString escape(const QString& text);

/// Undoes escape(); "\N" also means a line break, and any other escaped character stands for itself.
QString unescape(QStringView text);

/// Splits at each `separator` not escaped by a backslash; the parts stay escaped.
QList<QStringView> splitUnescaped(QStringView text, QChar separator);

} // namespace Fieldbook::VCardText
