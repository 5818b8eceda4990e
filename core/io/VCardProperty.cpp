#include "VCardProperty.h"

#include <QStringDecoder>

namespace Fieldbook {

namespace {

QList<QByteArrayView> splitOutsideQuotes(QByteArrayView text, char separator) {
    QList<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"')
            quoted = !quoted;
        else if (text[i] == separator && !quoted) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

QByteArrayView unquote(QByteArrayView value) {
    value = value.trimmed();
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        return value.sliced(1, value.size() - 2);
    return value;
}

void parseParameter(QByteArrayView text, VCardProperty& property) {
    const qsizetype eq = text.indexOf('=');
    const QByteArray key = eq < 0 ? QByteArray("TYPE") : text.first(eq).trimmed().toByteArray().toUpper();
    const QByteArrayView value = unquote(eq < 0 ? text : text.sliced(eq + 1));
    QStringList& values = property.params[key];
    for (const QByteArrayView part : splitOutsideQuotes(value, ',')) {
        QString item = QString::fromUtf8(unquote(part)).trimmed();
        if (key == "TYPE")
            item = item.toLower();
        if (!item.isEmpty())
            values.append(item);
    }
}

qsizetype unquotedColon(QByteArrayView text) {
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"')
            quoted = !quoted;
        else if (text[i] == ':' && !quoted)
            return i;
    }
    return -1;
}

} // namespace

std::expected<VCardProperty, VCardProblem> VCardProperty::parse(QByteArrayView text, int line) {
    const qsizetype colon = unquotedColon(text);
    if (colon < 0)
        return std::unexpected(
            VCardProblem{line, ErrorCode::InvalidInput,
                         tr("Line %1: the line has no ':' between the property name and its value.").arg(line)});

    VCardProperty property;
    property.line = line;
    property.value = text.sliced(colon + 1).toByteArray();
    const QList<QByteArrayView> head = splitOutsideQuotes(text.first(colon), ';');
    QByteArrayView name = head.front().trimmed();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.sliced(dot + 1);
    if (name.isEmpty())
        return std::unexpected(
            VCardProblem{line, ErrorCode::InvalidInput, tr("Line %1: a property has no name before ':'.").arg(line)});
    property.name = name.toByteArray().toUpper();
    for (qsizetype i = 1; i < head.size(); ++i)
        parseParameter(head.at(i), property);
    return property;
}

std::expected<QString, VCardProblem> VCardProperty::decodedValue() const {
    const QStringList charset = param("CHARSET");
    const QString name = charset.isEmpty() ? QString() : charset.front().toLower();
    if (name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1") || name == QLatin1String("windows-1252"))
        return QString::fromLatin1(value);
    if (!name.isEmpty() && name != QLatin1String("utf-8") && name != QLatin1String("utf8"))
        return std::unexpected(
            VCardProblem{line, ErrorCode::Unsupported,
                         tr("Line %1: the character set \"%2\" is not supported; save the file as UTF-8.")
                             .arg(line)
                             .arg(charset.front())});
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(value);
    if (decoder.hasError())
        return std::unexpected(
            VCardProblem{line, ErrorCode::InvalidInput, tr("Line %1: the text is not valid UTF-8.").arg(line)});
    return text;
}

} // namespace Fieldbook
