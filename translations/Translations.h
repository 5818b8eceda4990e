#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace Fieldbook {

/// Installs Qt's and Fieldbook's translators for `locale` on the running application.
/// A language without a Fieldbook translation gets the English one, which holds only plural forms.
/// Returns the language of the Fieldbook translation loaded ("zh_CN", "en_US"), or an empty string.
QString installTranslations(const QLocale& locale);
/// The language of the Fieldbook translation installTranslations() loads for `locale` ("zh_CN"),
/// "en_US" for a language without its own (or the C locale).
QString translationLanguage(const QLocale& locale);

/// Fieldbook's translation for `locale` (the English one for a language without its own), loaded
/// but not installed: a document can be written in a customer's language while the application
/// keeps its own. Null when not even the English one loads.
std::unique_ptr<QTranslator> loadTranslator(const QLocale& locale);

/// The languages Fieldbook is translated into, as QLocale names ("en_US", "zh_CN").
QStringList translatedLanguages();

} // namespace Fieldbook
