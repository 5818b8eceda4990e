#pragma once

#include <QStringList>

namespace Fieldbook {

/// The industries accounts are sorted into, as stored ("Software", "Banking", ...); an industry
/// typed by hand or imported is stored as it is.
QStringList industries();
/// A stored industry in the user's language (one Fieldbook does not know as it is).
QString industryName(const QString& industry);
/// What to store for an industry picked or typed in the user's language.
QString industryKey(const QString& shown);

} // namespace Fieldbook
