#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace Fieldbook {

namespace {

constexpr qsizetype MaxEmailLength = 254;
constexpr qsizetype MaxLocalPartLength = 64;
constexpr qsizetype MaxDomainLength = 253;
constexpr qsizetype MaxLabelLength = 63;
constexpr int MinPhoneDigits = 3;
constexpr int MaxPhoneDigits = 15; // E.164

/// Translation context for the messages below (lupdate sees Validation::tr).
struct Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

bool isValidLocalPart(QStringView local) {
    if (local.isEmpty() || local.size() > MaxLocalPartLength)
        return false;
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    static const QString forbidden = QStringLiteral("\"(),:;<>[\\]@");
    for (const QChar c : local) {
        if (c.isSpace() || c.category() == QChar::Other_Control || forbidden.contains(c))
            return false;
    }
    return true;
}

bool isValidAsciiLabel(QByteArrayView label) {
    if (label.isEmpty() || label.size() > MaxLabelLength || label.front() == '-' || label.back() == '-')
        return false;
    for (const char c : label) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool isValidDomain(const QString& domain) {
    if (domain.isEmpty())
        return false;
    for (const QChar c : domain) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    // Internationalised domains are checked in their ASCII (punycode) form, which is what DNS sees.
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty() || ace.size() > MaxDomainLength)
        return false;
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2)
        return false;
    for (const QByteArray& label : labels) {
        if (!isValidAsciiLabel(label))
            return false;
    }
    const QByteArray& tld = labels.back();
    return std::any_of(tld.begin(), tld.end(), [](char c) { return c < '0' || c > '9'; });
}

/// Full-width forms (as typed with a CJK input method) and typographic dashes to their ASCII forms.
QString foldPhoneCharacters(const QString& input) {
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000 || u == 0x00A0)
            out.append(u' ');
        else if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212)
            out.append(u'-');
        else
            out.append(c);
    }
    return out.trimmed();
}

struct PhoneParts {
    QString number;
    QString extension;
};

PhoneParts splitExtension(const QString& folded) {
    static const QRegularExpression extension(QStringLiteral(R"(^(.*?)[\s,;]*(?:extension|ext\.?|x|#)\s*(\d{1,10})$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const auto match = extension.match(folded);
    if (match.hasMatch() && !match.capturedView(1).trimmed().isEmpty())
        return {match.captured(1).trimmed(), match.captured(2)};
    return {folded, {}};
}

bool isPhoneSeparator(QChar c) {
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/';
}

/// Leading "00" is the international call prefix in most of the world; it means "+".
void convertInternationalPrefix(QStringList& groups, bool& plus) {
    if (plus || groups.isEmpty() || !groups.front().startsWith(QLatin1String("00")))
        return;
    plus = true;
    groups.front().remove(0, 2);
    if (groups.front().isEmpty())
        groups.removeFirst();
}

} // namespace

bool isValidEmail(const QString& email) {
    if (email.isEmpty() || email.size() > MaxEmailLength || email.count(u'@') != 1)
        return false;
    const qsizetype at = email.indexOf(u'@');
    return isValidLocalPart(QStringView(email).left(at)) && isValidDomain(email.mid(at + 1));
}

QString normalizeEmail(const QString& email) {
    const QString trimmed = email.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at < 0)
        return trimmed;
    return trimmed.left(at + 1) + trimmed.mid(at + 1).toLower();
}

QString emailMatchKey(const QString& email) {
    return normalizeEmail(email).toLower();
}

Result<QString> normalizePhone(const QString& input) {
    const QString folded = foldPhoneCharacters(input);
    if (folded.isEmpty())
        return fail(ErrorCode::InvalidInput, Validation::tr("The phone number is empty."));
    const PhoneParts parts = splitExtension(folded);

    QStringList groups;
    QString current;
    bool plus = false;
    for (const QChar c : parts.number) {
        const int digit = c.digitValue();
        if (digit >= 0 && digit <= 9) {
            current.append(QLatin1Char(char('0' + digit)));
            continue;
        }
        if (!current.isEmpty())
            groups.append(std::exchange(current, QString()));
        if (c == u'+') {
            if (plus || !groups.isEmpty())
                return fail(ErrorCode::InvalidInput,
                            Validation::tr("A '+' may only appear once, at the start of the phone number."), input);
            plus = true;
        } else if (c.isLetter()) {
            return fail(ErrorCode::InvalidInput,
                        Validation::tr("The phone number contains letters; only digits, spaces, '+', '-', '.', "
                                       "parentheses and an extension such as \"x123\" are allowed."),
                        input);
        } else if (!isPhoneSeparator(c)) {
            return fail(ErrorCode::InvalidInput,
                        Validation::tr("The phone number contains the character \"%1\", which is not allowed.").arg(c),
                        input);
        }
    }
    if (!current.isEmpty())
        groups.append(current);
    convertInternationalPrefix(groups, plus);

    const qsizetype digits = groups.join(QString()).size();
    if (digits < MinPhoneDigits)
        return fail(ErrorCode::InvalidInput,
                    Validation::tr("The phone number has too few digits (%1); at least %2 are needed.")
                        .arg(digits)
                        .arg(MinPhoneDigits),
                    input);
    if (digits > MaxPhoneDigits)
        return fail(ErrorCode::InvalidInput,
                    Validation::tr("The phone number has too many digits (%1); at most %2 are allowed.")
                        .arg(digits)
                        .arg(MaxPhoneDigits),
                    input);

    QString result = (plus ? QStringLiteral("+") : QString()) + groups.join(u' ');
    if (!parts.extension.isEmpty())
        result += QStringLiteral(" x") + parts.extension;
    return result;
}

QString phoneDigits(const QString& input) {
    const PhoneParts parts = splitExtension(foldPhoneCharacters(input));
    QString digits;
    bool plus = false;
    for (const QChar c : parts.number) {
        const int digit = c.digitValue();
        if (digit >= 0 && digit <= 9)
            digits.append(QLatin1Char(char('0' + digit)));
        else if (c == u'+' && digits.isEmpty())
            plus = true;
    }
    if (!plus && digits.startsWith(QLatin1String("00")))
        digits.remove(0, 2);
    return digits;
}

bool isLanguageName(const QString& name) {
    // language, optional script, optional territory: "zh", "zh_CN", "zh_Hant_TW", "es_419"
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2}|_[0-9]{3})?$"));
    return pattern.match(name).hasMatch();
}

QString websiteHost(const QString& website) {
    using namespace Qt::StringLiterals;
    if (website.isEmpty())
        return {};
    QString text = website.trimmed().toLower();
    if (!text.contains(u"://"_s))
        text.prepend(u"http://"_s);
    QString host = QUrl(text).host();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host;
}

} // namespace Fieldbook
