#pragma once

#include "domain/Contact.h"

#include <QString>

namespace Fieldbook {

/// One contact read from a vCard. `contact.externalId` equals `uid`; `contact.id` is left empty for
/// the store to assign. `organization` is the first component of ORG (the company name), for the
/// importer to match against accounts. `firstLine` is the 1-based line of the card's BEGIN:VCARD.
struct VCardEntry {
    Contact contact;
    QString organization;
    QString uid;
    int firstLine = 0;
    friend bool operator==(const VCardEntry&, const VCardEntry&) = default;
};

} // namespace Fieldbook
