#pragma once

#include "Error.h"

#include <QString>

namespace Fieldbook {

/// Practical e-mail syntax check of the text as given (call normalizeEmail() first to trim):
/// one '@', a local part of 1-64 characters without spaces, and a domain (IDN allowed) of at least
/// two valid labels; at most 254 characters in all.
[[nodiscard]] bool isValidEmail(const QString& email);

/// The address as it should be stored: trimmed, with the domain lower-cased.
[[nodiscard]] QString normalizeEmail(const QString& email);

/// The key two addresses are compared by: normalizeEmail() lower-cased as a whole.
[[nodiscard]] QString emailMatchKey(const QString& email);

/// A phone number as it should be stored, or a translated reason why it is not one.
/// Full-width digits and '＋' are accepted; runs of separators (space - . / parentheses) become one
/// space; a leading "00" becomes "+"; an extension ("x12", "ext. 12", "#12") is kept as " x12".
/// The number itself must have 3 to 15 digits (E.164).
[[nodiscard]] Result<QString> normalizePhone(const QString& input);

/// Whether `name` is a locale name as QLocale::name() writes it ("zh_CN", "en_US", "de"): a
/// document language stored with a customer.
[[nodiscard]] bool isLanguageName(const QString& name);

/// The digits of a phone number for matching: no separators, no extension, "00" prefix dropped,
/// so that phoneDigits(x) == phoneDigits(*normalizePhone(x)).
[[nodiscard]] QString phoneDigits(const QString& input);

/// The host of a web address, lower case and without "www." ("acme.example" for
/// "https://www.Acme.example/about"); empty when it has none. Accounts are matched by it.
[[nodiscard]] QString websiteHost(const QString& website);

} // namespace Fieldbook
