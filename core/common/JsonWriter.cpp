#include "JsonWriter.h"

namespace Fieldbook {

void JsonWriter::open(char16_t bracket) {
    separate();
    m_text.append(QChar(bracket));
    m_needComma = false;
}

void JsonWriter::close(char16_t bracket) {
    m_text.append(QChar(bracket));
    m_needComma = true;
}

void JsonWriter::separate() {
    if (m_needComma)
        m_text.append(u',');
}

void JsonWriter::key(QStringView name) {
    separate();
    appendString(name);
    m_text.append(u':');
    m_needComma = false;
}

void JsonWriter::value(QStringView text) {
    separate();
    appendString(text);
    m_needComma = true;
}

void JsonWriter::value(qint64 number) {
    separate();
    m_text.append(QString::number(number));
    m_needComma = true;
}

void JsonWriter::value(bool flag) {
    separate();
    m_text.append(flag ? u"true" : u"false");
    m_needComma = true;
}

void JsonWriter::null() {
    separate();
    m_text.append(u"null");
    m_needComma = true;
}

void JsonWriter::appendString(QStringView text) {
    static constexpr char16_t hex[] = u"0123456789abcdef";
    m_text.reserve(m_text.size() + text.size() + 2);
    m_text.append(u'"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            m_text.append(u"\\\"");
            break;
        case u'\\':
            m_text.append(u"\\\\");
            break;
        case u'\n':
            m_text.append(u"\\n");
            break;
        case u'\r':
            m_text.append(u"\\r");
            break;
        case u'\t':
            m_text.append(u"\\t");
            break;
        default:
            if (u < 0x20) {
                const char16_t escape[] = {u'\\', u'u', u'0', u'0', hex[u >> 4], hex[u & 0xF]};
                m_text.append(QStringView(escape, 6));
            } else {
                m_text.append(c);
            }
        }
    }
    m_text.append(u'"');
}

} // namespace Fieldbook
