#include "VCardReader.h"

#include "io/VCardProperty.h"
#include "io/VCardText.h"

#include <QDate>
#include <QIODevice>

#include <algorithm>
#include <expected>

namespace Fieldbook {

namespace {

constexpr int WaitForDataMs = 30000;
constexpr int Unranked = 101; // after every PREF value (1..100)

struct LogicalLine {
    QByteArray text;
    int line = 0;
};

struct Card {
    int beginLine = 0;
    QList<LogicalLine> lines;
    qint64 bytes = 0;
};

template<class T>
using Checked = std::expected<T, VCardProblem>;

VCardProblem problem(int line, const QString& message, ErrorCode code = ErrorCode::InvalidInput) {
    return VCardProblem{line, code, message};
}

bool isLine(QByteArrayView text, QByteArrayView expected) {
    return text.trimmed().compare(expected, Qt::CaseInsensitive) == 0;
}

/// Physical lines joined where a line starting with a space or tab continues the previous one.
/// Unfolding works on bytes, so a UTF-8 sequence split across lines is joined again before decoding.
QList<LogicalLine> unfold(QByteArrayView data) {
    QList<LogicalLine> lines;
    int number = 0;
    bool lastWasBlank = true;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArrayView line = data.sliced(start, end - start);
        start = end + 1;
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            lastWasBlank = true;
        } else if ((line.front() == ' ' || line.front() == '\t') && !lastWasBlank) {
            lines.back().text.append(line.sliced(1));
        } else {
            lines.append({line.toByteArray(), number});
            lastWasBlank = false;
        }
    }
    return lines;
}

/// Our ContactPoint vocabulary: "work", "home", "mobile", "fax", "other"; the most specific wins.
QString pointType(const VCardProperty& property) {
    if (property.hasType(QLatin1String("fax")))
        return QStringLiteral("fax");
    if (property.hasType(QLatin1String("cell")) || property.hasType(QLatin1String("mobile")) ||
        property.hasType(QLatin1String("iphone")))
        return QStringLiteral("mobile");
    if (property.hasType(QLatin1String("work")))
        return QStringLiteral("work");
    if (property.hasType(QLatin1String("home")))
        return QStringLiteral("home");
    return QStringLiteral("other");
}

/// PREF=1..100 (4.0) or TYPE=pref (3.0); lower ranks first, unranked last.
int prefRank(const VCardProperty& property) {
    const QStringList pref = property.param("PREF");
    if (!pref.isEmpty()) {
        bool ok = false;
        const int rank = pref.front().toInt(&ok);
        if (ok && rank >= 1 && rank < Unranked)
            return rank;
    }
    return property.hasType(QLatin1String("pref")) ? 1 : Unranked;
}

QString telValue(const VCardProperty& property, const QString& value) {
    const bool isUri = property.param("VALUE").contains(QLatin1String("uri"), Qt::CaseInsensitive) ||
                       value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive);
    if (!isUri)
        return VCardText::unescape(value).trimmed();
    QString number = value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive) ? value.mid(4) : value;
    QString extension;
    const QStringList parts = number.split(u';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).startsWith(QLatin1String("ext="), Qt::CaseInsensitive))
            extension = parts.at(i).mid(4);
    }
    number = parts.front().trimmed();
    return extension.isEmpty() ? number : number + QStringLiteral(" x") + extension;
}

QDate parseDate(QString value) {
    value = value.trimmed();
    if (const qsizetype t = value.indexOf(u'T'); t >= 0)
        value.truncate(t);
    if (value.startsWith(QLatin1String("--")))
        return {}; // a birthday without a year cannot be stored as a date
    const QDate extended = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    return extended.isValid() ? extended : QDate::fromString(value, QStringLiteral("yyyyMMdd"));
}

QStringList structured(const QString& value, qsizetype minimumParts) {
    QStringList parts;
    for (const QStringView part : VCardText::splitUnescaped(value, u';'))
        parts.append(VCardText::unescape(part).trimmed());
    while (parts.size() < minimumParts)
        parts.append(QString());
    return parts;
}

/// Collects one card's properties into a VCardEntry; the first N, ORG, TITLE, ADR (by PREF) win.
class CardBuilder {
public:
    explicit CardBuilder(int beginLine) { m_entry.firstLine = beginLine; }
    void add(const VCardProperty& property, const QString& value);
    VCardEntry finish();

private:
    void addEmail(const VCardProperty& property, const QString& value);
    void addAddress(const VCardProperty& property, const QString& value);
    void addCategories(const QString& value);

    VCardEntry m_entry;
    QString m_formattedName;
    bool m_hasName = false;
    int m_addressRank = Unranked + 1;
    QList<std::pair<int, ContactPoint>> m_emails;
    QList<std::pair<int, ContactPoint>> m_phones;
};

void CardBuilder::add(const VCardProperty& property, const QString& value) {
    Contact& contact = m_entry.contact;
    const QByteArray& name = property.name;
    if (name == "N" && !m_hasName) {
        const QStringList parts = structured(value, 2);
        contact.lastName = parts.at(0);
        contact.firstName = parts.at(1);
        m_hasName = true;
    } else if (name == "FN" && m_formattedName.isEmpty()) {
        m_formattedName = VCardText::unescape(value).trimmed();
    } else if (name == "ORG" && m_entry.organization.isEmpty()) {
        m_entry.organization = structured(value, 1).front();
    } else if (name == "TITLE" && contact.title.isEmpty()) {
        contact.title = VCardText::unescape(value).trimmed();
    } else if (name == "EMAIL") {
        addEmail(property, value);
    } else if (name == "TEL") {
        if (const QString number = telValue(property, value); !number.isEmpty())
            m_phones.append({prefRank(property), ContactPoint{pointType(property), number}});
    } else if (name == "ADR" && prefRank(property) < m_addressRank) {
        addAddress(property, value);
    } else if (name == "BDAY" && !contact.birthday.isValid()) {
        contact.birthday = parseDate(value);
    } else if (name == "NOTE") {
        const QString note = VCardText::unescape(value);
        contact.notes = contact.notes.isEmpty() ? note : contact.notes + u'\n' + note;
    } else if (name == "CATEGORIES") {
        addCategories(value);
    } else if (name == "UID" && m_entry.uid.isEmpty()) {
        m_entry.uid = VCardText::unescape(value).trimmed();
        contact.externalId = m_entry.uid;
    }
}

void CardBuilder::addEmail(const VCardProperty& property, const QString& value) {
    QString address = VCardText::unescape(value).trimmed();
    if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        address.remove(0, 7);
    if (!address.isEmpty())
        m_emails.append({prefRank(property), ContactPoint{pointType(property), address}});
}

/// ADR is post-office box;extended address;street;locality;region;postal code;country. Our single
/// street field takes the street, then the extended address and the box on lines of their own.
void CardBuilder::addAddress(const VCardProperty& property, const QString& value) {
    const QStringList parts = structured(value, 7);
    QStringList streetLines;
    for (const QString& part : {parts.at(2), parts.at(1), parts.at(0)}) {
        if (!part.isEmpty())
            streetLines.append(part);
    }
    m_entry.contact.address =
        PostalAddress{streetLines.join(u'\n'), parts.at(3), parts.at(4), parts.at(5), parts.at(6)};
    m_addressRank = prefRank(property);
}

void CardBuilder::addCategories(const QString& value) {
    QStringList& tags = m_entry.contact.tags;
    for (const QStringView part : VCardText::splitUnescaped(value, u',')) {
        const QString tag = VCardText::unescape(part).trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
}

VCardEntry CardBuilder::finish() {
    Contact& contact = m_entry.contact;
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty() && !m_formattedName.isEmpty()) {
        // Without N, split "First Last" at the last space; a name without spaces (usual for Chinese names) stays whole.
        const qsizetype space = m_formattedName.lastIndexOf(u' ');
        contact.firstName = space < 0 ? m_formattedName : m_formattedName.left(space).trimmed();
        contact.lastName = space < 0 ? QString() : m_formattedName.mid(space + 1);
    }
    const auto byRank = [](const auto& a, const auto& b) {
        return a.first < b.first;
    };
    std::stable_sort(m_emails.begin(), m_emails.end(), byRank);
    std::stable_sort(m_phones.begin(), m_phones.end(), byRank);
    for (const auto& email : m_emails)
        contact.emails.append(email.second);
    for (const auto& phone : m_phones)
        contact.phones.append(phone.second);
    return m_entry;
}

Checked<VCardEntry> readCard(const Card& card) {
    QList<VCardProperty> properties;
    properties.reserve(card.lines.size());
    for (const LogicalLine& line : card.lines) {
        auto property = VCardProperty::parse(line.text, line.line);
        if (!property)
            return std::unexpected(property.error());
        properties.append(std::move(*property));
    }
    const auto version = std::find_if(properties.cbegin(), properties.cend(),
                                      [](const VCardProperty& p) { return p.name == "VERSION"; });
    if (version == properties.cend())
        return std::unexpected(
            problem(card.beginLine,
                    VCardReader::tr("Line %1: the vCard that starts here has no VERSION line.").arg(card.beginLine)));
    const QByteArray number = version->value.trimmed();
    if (number != "3.0" && number != "4.0")
        return std::unexpected(problem(version->line,
                                       VCardReader::tr("Line %1: vCard version %2 is not supported; export the "
                                                       "contacts as vCard 3.0 or 4.0.")
                                           .arg(version->line)
                                           .arg(QString::fromUtf8(number)),
                                       ErrorCode::Unsupported));
    CardBuilder builder(card.beginLine);
    for (const VCardProperty& property : properties) {
        auto value = property.decodedValue();
        if (!value)
            return std::unexpected(value.error());
        builder.add(property, *value);
    }
    return builder.finish();
}

/// Splits the file into BEGIN:VCARD ... END:VCARD cards, reading the good ones.
class FileParser {
public:
    explicit FileParser(VCardReader::Limits limits)
        : m_limits(limits) {}
    void run(const QList<LogicalLine>& lines);
    bool sawCard() const { return m_sawCard; }
    VCardParseResult result() const { return m_result; }

private:
    void finishCard();
    void truncatedCard();

    VCardReader::Limits m_limits;
    VCardParseResult m_result;
    std::optional<Card> m_card;
    bool m_sawCard = false;
    bool m_tooLarge = false;
};

void FileParser::run(const QList<LogicalLine>& lines) {
    int lastStrayLine = -2;
    for (const LogicalLine& line : lines) {
        if (isLine(line.text, "BEGIN:VCARD")) {
            if (m_card)
                truncatedCard();
            m_card = Card{line.line, {}, 0};
            m_sawCard = true;
            m_tooLarge = false;
        } else if (m_card && isLine(line.text, "END:VCARD")) {
            finishCard();
        } else if (m_card) {
            m_card->bytes += line.text.size();
            m_tooLarge = m_tooLarge || m_card->bytes > m_limits.maxCardBytes;
            if (!m_tooLarge)
                m_card->lines.append(line);
        } else if (line.line != lastStrayLine + 1) {
            // One report per stretch of stray text, not one per line.
            m_result.problems.append(
                problem(line.line,
                        VCardReader::tr("Line %1: text outside BEGIN:VCARD ... END:VCARD is ignored.").arg(line.line)));
            lastStrayLine = line.line;
        } else {
            lastStrayLine = line.line;
        }
    }
    if (m_card)
        truncatedCard();
}

void FileParser::finishCard() {
    const Card card = *std::exchange(m_card, std::nullopt);
    if (m_tooLarge) {
        m_result.problems.append(
            problem(card.beginLine, VCardReader::tr("Line %1: the vCard that starts here is larger than the "
                                                    "limit of %2 bytes.")
                                        .arg(card.beginLine)
                                        .arg(m_limits.maxCardBytes)));
        return;
    }
    if (auto entry = readCard(card))
        m_result.entries.append(std::move(*entry));
    else
        m_result.problems.append(entry.error());
}

void FileParser::truncatedCard() {
    const int begin = std::exchange(m_card, std::nullopt)->beginLine;
    m_result.problems.append(
        problem(begin, VCardReader::tr("Line %1: the vCard that starts here has no END:VCARD line; "
                                       "the file may be truncated.")
                           .arg(begin)));
}

} // namespace

Result<VCardParseResult> VCardReader::read(QIODevice* device) {
    return read(device, Limits{});
}

Result<VCardParseResult> VCardReader::read(QIODevice* device, Limits limits) {
    if (!device || !device->isReadable())
        return fail(ErrorCode::Io, tr("The vCard file is not open for reading."));
    QByteArray data;
    for (;;) {
        const qint64 room = limits.maxFileBytes + 1 - data.size();
        if (room <= 0)
            break;
        const qsizetype before = data.size();
        data.resize(before + std::min<qint64>(room, 1 << 20));
        const qint64 n = device->read(data.data() + before, data.size() - before);
        data.resize(before + std::max<qint64>(n, 0));
        if (n < 0)
            return fail(ErrorCode::Io, tr("The vCard file could not be read: %1").arg(device->errorString()));
        if (n == 0 && !(device->isSequential() && device->waitForReadyRead(WaitForDataMs)))
            break;
    }
    return parse(data, limits);
}

Result<VCardParseResult> VCardReader::parse(const QByteArray& data) {
    return parse(data, Limits{});
}

Result<VCardParseResult> VCardReader::parse(const QByteArray& data, Limits limits) {
    if (data.size() > limits.maxFileBytes)
        return fail(ErrorCode::InvalidInput,
                    tr("The vCard file is larger than the limit of %1 MiB.").arg(limits.maxFileBytes >> 20));
    QByteArrayView text(data);
    if (text.startsWith("\xFF\xFE") || text.startsWith("\xFE\xFF"))
        return fail(ErrorCode::InvalidInput,
                    tr("The vCard file is encoded as UTF-16; save it as UTF-8 and try again."));
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);

    FileParser parser(limits);
    parser.run(unfold(text));
    if (!parser.sawCard())
        return fail(ErrorCode::InvalidInput, tr("The file contains no vCard (no BEGIN:VCARD line)."));
    VCardParseResult result = parser.result();
    if (result.entries.isEmpty() && !result.problems.isEmpty()) {
        QStringList all;
        for (const VCardProblem& p : result.problems)
            all.append(p.message);
        const VCardProblem& first = result.problems.front();
        return fail(first.code, first.message, all.join(u'\n'));
    }
    return result;
}

} // namespace Fieldbook
