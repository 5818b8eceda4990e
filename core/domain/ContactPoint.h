#pragma once

#include <QList>
#include <QString>

namespace Fieldbook {

/// A typed phone number or e-mail address ("work", "mobile", "home", "fax", "other").
struct ContactPoint {
    QString type;
    QString value;
    friend bool operator==(const ContactPoint&, const ContactPoint&) = default;
};

using ContactPoints = QList<ContactPoint>;

/// A postal address; every part optional.
struct PostalAddress {
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    bool isEmpty() const {
        return street.isEmpty() && city.isEmpty() && region.isEmpty() && postalCode.isEmpty() && country.isEmpty();
    }
    friend bool operator==(const PostalAddress&, const PostalAddress&) = default;
};

} // namespace Fieldbook
