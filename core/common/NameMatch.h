#pragma once

#include <QString>

namespace Fieldbook::NameMatch {

/// Case-folded letters and digits only, without legal-form suffixes ("Inc.", "GmbH", "有限公司").
QString normalized(const QString& name, bool isCompany);
/// True when two names are the same after normalisation or differ by a small typo.
bool similar(const QString& a, const QString& b, bool isCompany);
/// Edit distance, capped at `limit + 1` for speed.
int distance(const QString& a, const QString& b, int limit);

} // namespace Fieldbook::NameMatch
