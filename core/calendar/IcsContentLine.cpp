#include "IcsContentLine.h"

#include <QStringDecoder>

#include <optional>

namespace Fieldbook {

namespace {

constexpr qsizetype kMaxOctets = 75;

struct RawLine {
    QByteArray bytes;
    int line = 0;
};

/// Physical lines with their continuations appended (a line starting with a blank or a tab).
QList<RawLine> unfold(QByteArrayView data) {
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    const char end = data.contains('\n') ? '\n' : '\r';
    QList<RawLine> lines;
    int number = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype stop = data.indexOf(end, start);
        if (stop < 0)
            stop = data.size();
        QByteArrayView line = data.sliced(start, stop - start);
        start = stop + 1;
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.front() == ' ' || line.front() == '\t') && !lines.isEmpty())
            lines.back().bytes.append(line.sliced(1));
        else
            lines.append({line.toByteArray(), number});
    }
    return lines;
}

bool isNameCharacter(QChar c) {
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
}

/// Reads NAME, then the parameters, then ':' and the value. A quoted parameter value that holds the
/// colon and the value (Exchange writes `TZID="Zone:20200609T090000"`) is split at its last colon.
class LineParser {
public:
    explicit LineParser(QStringView text)
        : m_text(text) {}

    std::optional<IcsContentLine> parse() {
        IcsContentLine line;
        while (m_pos < m_text.size() && isNameCharacter(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos == 0)
            return std::nullopt;
        line.name = m_text.first(m_pos).toLatin1().toUpper();
        while (m_pos < m_text.size() && m_text.at(m_pos) == u';') {
            ++m_pos;
            line.parameters.append(parameter());
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == u':') {
            line.value = m_text.sliced(m_pos + 1).toString();
            return line;
        }
        if (m_pos == m_text.size() && m_lastQuoted && !line.parameters.isEmpty()) {
            QString& quoted = line.parameters.back().value;
            const qsizetype colon = quoted.lastIndexOf(u':');
            if (colon >= 0) {
                line.value = quoted.sliced(colon + 1);
                quoted.truncate(colon);
                return line;
            }
        }
        return std::nullopt;
    }

private:
    IcsParameter parameter() {
        const qsizetype nameStart = m_pos;
        while (m_pos < m_text.size() && isNameCharacter(m_text.at(m_pos)))
            ++m_pos;
        IcsParameter parameter{m_text.sliced(nameStart, m_pos - nameStart).toLatin1().toUpper(), {}};
        if (m_pos >= m_text.size() || m_text.at(m_pos) != u'=')
            return parameter;
        ++m_pos;
        QStringList values{value()};
        while (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
            ++m_pos;
            values.append(value());
        }
        parameter.value = values.join(u',');
        return parameter;
    }

    QString value() {
        m_lastQuoted = m_pos < m_text.size() && m_text.at(m_pos) == u'"';
        if (m_lastQuoted) {
            const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
            const qsizetype stop = close < 0 ? m_text.size() : close;
            const QString quoted = m_text.sliced(m_pos + 1, stop - m_pos - 1).toString();
            m_pos = close < 0 ? m_text.size() : close + 1;
            return quoted;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != u';' && m_text.at(m_pos) != u':' &&
               m_text.at(m_pos) != u',')
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toString();
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    bool m_lastQuoted = false;
};

} // namespace

bool IcsContentLine::hasParameter(QByteArrayView parameterName) const {
    for (const IcsParameter& p : parameters) {
        if (p.name == parameterName)
            return true;
    }
    return false;
}

QString IcsContentLine::parameter(QByteArrayView parameterName) const {
    for (const IcsParameter& p : parameters) {
        if (p.name == parameterName)
            return p.value;
    }
    return {};
}

IcsContentLines::Parsed IcsContentLines::parse(const QByteArray& bytes) {
    Parsed parsed;
    for (const RawLine& raw : unfold(bytes)) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(raw.bytes);
        if (decoder.hasError()) {
            text = QString::fromLatin1(raw.bytes);
            parsed.notUtf8.append(raw.line);
        }
        std::optional<IcsContentLine> line = LineParser(text).parse();
        if (!line) {
            parsed.unreadable.append(raw.line);
            continue;
        }
        line->line = raw.line;
        parsed.lines.append(std::move(*line));
    }
    return parsed;
}

QByteArray IcsContentLines::fold(const QByteArray& line) {
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype start = 0;
    qsizetype room = kMaxOctets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        // Never inside a UTF-8 sequence: back up to the first byte of the character.
        while (cut > start + 1 && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded.append(line.sliced(start, cut - start));
        folded.append("\r\n ");
        start = cut;
        room = kMaxOctets - 1;
    }
    folded.append(line.sliced(start));
    folded.append("\r\n");
    return folded;
}

} // namespace Fieldbook
