#pragma once

#include <QLocale>
#include <QString>

namespace Fieldbook {

/// Installs Qt's and Fieldbook's translators for `locale` on the running application.
/// A language without a Fieldbook translation gets the English one, which holds only plural forms.
/// Returns the language of the Fieldbook translation loaded ("zh_CN", "en_US"), or an empty string.
QString installTranslations(const QLocale& locale);
/// The language of the Fieldbook translation installTranslations() loads for `locale` ("zh_CN"),
/// "en_US" for a language without its own (or the C locale).
QString translationLanguage(const QLocale& locale);

} // namespace Fieldbook
