#include "IcsText.h"

namespace Fieldbook::IcsText {

QString escape(QStringView text) {
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            escaped += u"\\n";
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            escaped += u"\\n";
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QString unescape(QStringView text) {
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            plain += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u'n' || next == u'N') {
            plain += u'\n';
        } else if (next.isLetterOrNumber()) {
            plain += c;
            plain += next;
        } else {
            plain += next;
        }
    }
    return plain;
}

QStringList splitList(QStringView text, QChar separator) {
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == separator) {
            parts.append(text.sliced(start, i - start).toString());
            start = i + 1;
        }
    }
    parts.append(text.sliced(start).toString());
    return parts;
}

QString parameterValue(QStringView value) {
    QString clean;
    clean.reserve(value.size());
    bool needsQuotes = false;
    for (const QChar c : value) {
        if (c == u'"')
            clean += u'\'';
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            clean += u' ';
        else
            clean += c;
        needsQuotes = needsQuotes || c == u':' || c == u';' || c == u',';
    }
    return needsQuotes ? u'"' + clean + u'"' : clean;
}

} // namespace Fieldbook::IcsText
