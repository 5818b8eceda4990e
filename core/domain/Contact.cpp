#include "Contact.h"

namespace Fieldbook {

namespace {
bool isCjk(QChar c) {
    const auto u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) ||
           (u >= 0xF900 && u <= 0xFAFF);
}
} // namespace

QString Contact::displayName() const {
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    // Chinese, Japanese and Korean names are written family name first, without a space.
    if (isCjk(lastName.back()) || isCjk(firstName.front()))
        return lastName + firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

} // namespace Fieldbook
