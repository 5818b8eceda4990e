#include "VCardWriter.h"

#include "io/VCardText.h"

#include <QIODevice>
#include <QRegularExpression>

namespace Fieldbook {

namespace {

constexpr qsizetype MaxLineOctets = 75;

using Version = VCardWriter::Version;

QString typeName(const QString& type, Version version) {
    const QString lower = type.toLower();
    QString name;
    if (lower == QLatin1String("work") || lower == QLatin1String("home") || lower == QLatin1String("fax"))
        name = lower;
    else if (lower == QLatin1String("mobile"))
        name = QStringLiteral("cell");
    return version == Version::V3_0 ? name.toUpper() : name;
}

/// `;TYPE=...` (and `;PREF=1` in 4.0) for an e-mail address or phone number.
QString pointParameters(const ContactPoint& point, bool preferred, bool isEmail, Version version) {
    QStringList types;
    if (isEmail && version == Version::V3_0)
        types.append(QStringLiteral("INTERNET"));
    if (const QString type = typeName(point.type, version); !type.isEmpty())
        types.append(type);
    if (preferred && version == Version::V3_0)
        types.append(QStringLiteral("PREF"));
    QString parameters;
    if (!types.isEmpty())
        parameters = QStringLiteral(";TYPE=") + types.join(u',');
    if (preferred && version == Version::V4_0)
        parameters += QStringLiteral(";PREF=1");
    return parameters;
}

QString uidLine(const Contact& contact, Version version) {
    if (!contact.externalId.isEmpty()) {
        // 4.0 UIDs are URIs by default; anything else must say it is text.
        static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
        const bool isText = version == Version::V4_0 && !uri.match(contact.externalId).hasMatch();
        return (isText ? QStringLiteral("UID;VALUE=text:") : QStringLiteral("UID:")) +
               VCardText::escape(contact.externalId);
    }
    if (contact.id.isEmpty())
        return {};
    return version == Version::V4_0 ? QStringLiteral("UID:urn:uuid:") + contact.id
                                    : QStringLiteral("UID:") + VCardText::escape(contact.id);
}

QStringList contentLines(const Contact& contact, const QString& organization, Version version) {
    using VCardText::escape;
    QStringList lines{QStringLiteral("BEGIN:VCARD"),
                      version == Version::V4_0 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"),
                      QStringLiteral("N:%1;%2;;;").arg(escape(contact.lastName), escape(contact.firstName)),
                      QStringLiteral("FN:") + escape(contact.displayName())};
    if (!organization.isEmpty())
        lines.append(QStringLiteral("ORG:") + escape(organization));
    if (!contact.title.isEmpty())
        lines.append(QStringLiteral("TITLE:") + escape(contact.title));
    for (qsizetype i = 0; i < contact.emails.size(); ++i)
        lines.append(QStringLiteral("EMAIL") + pointParameters(contact.emails.at(i), i == 0, true, version) + u':' +
                     escape(contact.emails.at(i).value));
    for (qsizetype i = 0; i < contact.phones.size(); ++i)
        lines.append(QStringLiteral("TEL") + pointParameters(contact.phones.at(i), i == 0, false, version) + u':' +
                     escape(contact.phones.at(i).value));
    if (const PostalAddress& a = contact.address; !a.isEmpty())
        lines.append(
            (version == Version::V4_0 ? QStringLiteral("ADR;TYPE=work:;;") : QStringLiteral("ADR;TYPE=WORK:;;")) +
            QStringList{escape(a.street), escape(a.city), escape(a.region), escape(a.postalCode), escape(a.country)}
                .join(u';'));
    if (contact.birthday.isValid())
        lines.append(QStringLiteral("BDAY:") + contact.birthday.toString(version == Version::V4_0
                                                                             ? QStringLiteral("yyyyMMdd")
                                                                             : QStringLiteral("yyyy-MM-dd")));
    if (!contact.notes.isEmpty())
        lines.append(QStringLiteral("NOTE:") + escape(contact.notes));
    if (!contact.tags.isEmpty()) {
        QStringList tags;
        for (const QString& tag : contact.tags)
            tags.append(escape(tag));
        lines.append(QStringLiteral("CATEGORIES:") + tags.join(u','));
    }
    if (const QString uid = uidLine(contact, version); !uid.isEmpty())
        lines.append(uid);
    lines.append(QStringLiteral("END:VCARD"));
    return lines;
}

} // namespace

VCardWriter::VCardWriter(QIODevice* device, Version version)
    : m_device(device)
    , m_version(version) {}

Result<void> VCardWriter::write(const Contact& contact, const QString& organization) {
    if (!m_device || !m_device->isWritable())
        return fail(ErrorCode::Io, tr("The vCard file is not open for writing."));
    const QByteArray card = toVCard(contact, organization, m_version);
    if (m_device->write(card) != card.size())
        return fail(ErrorCode::Io, tr("The vCard file could not be written: %1").arg(m_device->errorString()));
    return {};
}

QByteArray VCardWriter::toVCard(const Contact& contact, const QString& organization, Version version) {
    QByteArray card;
    for (const QString& line : contentLines(contact, organization, version))
        card += fold(line.toUtf8());
    return card;
}

QByteArray VCardWriter::fold(const QByteArray& line) {
    QByteArray out;
    out.reserve(line.size() + line.size() / 24 + 2);
    qsizetype pos = 0;
    qsizetype room = MaxLineOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never cut before a UTF-8 continuation byte (10xxxxxx): back up to the character's start.
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (cut == pos) // not UTF-8 at all; cut anyway rather than loop
            cut = pos + room;
        out += QByteArrayView(line).sliced(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = MaxLineOctets - 1; // the leading space counts
    }
    out += QByteArrayView(line).sliced(pos);
    out += "\r\n";
    return out;
}

} // namespace Fieldbook
