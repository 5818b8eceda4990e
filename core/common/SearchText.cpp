#include "SearchText.h"

#include "common/Validation.h"

using namespace Qt::StringLiterals;

namespace Fieldbook::SearchText {

bool isCjk(QChar c) {
    const auto u = c.unicode();
    return (u >= 0x2E80 && u <= 0x2FDF) || (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3100 && u <= 0x312F) ||
           (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) ||
           (u >= 0xF900 && u <= 0xFAFF) || c.isSurrogate();
}

QString forIndex(const QString& text) {
    QString out;
    out.reserve(text.size() + text.size() / 2);
    bool lastWasCjk = false;
    for (const QChar c : text) {
        if (isCjk(c) && !c.isSurrogate()) {
            if (!out.isEmpty() && !out.back().isSpace())
                out.append(QLatin1Char(' '));
            out.append(c);
            lastWasCjk = true;
            continue;
        }
        if (lastWasCjk && !c.isSpace())
            out.append(QLatin1Char(' '));
        lastWasCjk = false;
        out.append(c);
    }
    return out;
}

namespace {

/// Splits like the unicode61 tokenizer does: letters and digits form words; everything else separates.
QStringList words(const QString& text) {
    QStringList result;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            result.append(std::exchange(current, {}));
    };
    for (const QChar c : text) {
        if (isCjk(c) && !c.isSurrogate()) {
            flush();
            result.append(QString(c));
        } else if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current.append(c);
        } else {
            flush();
        }
    }
    flush();
    return result;
}

} // namespace

QString matchExpression(const QString& userInput) {
    const QStringList tokens = words(userInput);
    QStringList terms;
    QStringList cjkRun;
    auto flushCjk = [&] {
        if (cjkRun.isEmpty())
            return;
        // Adjacent CJK characters form a phrase: "王伟" finds 王伟 but not 王小伟.
        terms.append(u"\""_s + cjkRun.join(QLatin1Char(' ')) + u"\""_s);
        cjkRun.clear();
    };
    for (const QString& token : tokens) {
        if (token.size() == 1 && isCjk(token.front())) {
            cjkRun.append(token);
            continue;
        }
        flushCjk();
        QString escaped = token;
        escaped.replace(u"\""_s, u"\"\""_s);
        terms.append(u"\""_s + escaped + u"\"*"_s);
    }
    flushCjk();
    return terms.join(QLatin1Char(' '));
}

QStringList likePatterns(const QString& userInput) {
    QStringList patterns;
    for (const QString& word : userInput.simplified().split(u' ', Qt::SkipEmptyParts)) {
        qsizetype begin = 0;
        qsizetype end = word.size();
        const auto searchable = [](QChar c) {
            return c.isLetterOrNumber() || isCjk(c);
        };
        while (begin < end && !searchable(word.at(begin)))
            ++begin;
        while (end > begin && !searchable(word.at(end - 1)))
            --end;
        if (begin == end)
            continue;
        patterns.append(likePattern(QStringView(word).sliced(begin, end - begin)));
    }
    return patterns;
}

QString likePattern(QStringView text) {
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped.append(u'%');
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    escaped.append(u'%');
    return escaped;
}

QString phoneTokens(const QString& phone) {
    const QString digits = phoneDigits(phone); // without the extension
    QStringList tokens;
    for (int drop = 0; drop <= 3 && digits.size() - drop >= 6; ++drop)
        tokens.append(digits.mid(drop));
    return tokens.join(QLatin1Char(' '));
}

QString sortKey(const QString& text) {
    QString key = text.trimmed().toCaseFolded();
    return key.isNull() ? u""_s : key; // a null QString would be bound as SQL NULL
}

} // namespace Fieldbook::SearchText
