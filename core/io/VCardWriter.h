#pragma once

#include "common/Error.h"
#include "domain/Contact.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace Fieldbook {

/// Writes contacts as vCard 3.0 (RFC 2426) or 4.0 (RFC 6350): UTF-8, CRLF, lines folded at 75
/// octets without splitting a UTF-8 sequence. UID is the contact's externalId, or else its id
/// ("urn:uuid:<id>" in 4.0). The first e-mail address and phone number are marked preferred.
class VCardWriter final {
    Q_DECLARE_TR_FUNCTIONS(VCardWriter)

public:
    enum class Version { V3_0, V4_0 };

    /// Writes to `device`, which must be open for writing and outlive the writer.
    VCardWriter(QIODevice* device, Version version);

    /// Appends one card; `organization` becomes ORG when not empty.
    [[nodiscard]] Result<void> write(const Contact& contact, const QString& organization = {});

    /// One complete card, BEGIN:VCARD to END:VCARD.
    [[nodiscard]] static QByteArray toVCard(const Contact& contact, const QString& organization, Version version);
    /// A content line (without line end) folded at 75 octets, each physical line ending in CRLF.
    [[nodiscard]] static QByteArray fold(const QByteArray& line);

private:
    QIODevice* m_device;
    Version m_version;
};

} // namespace Fieldbook
