#pragma once

#include <QLocale>
#include <QString>

namespace Fieldbook {

/// Installs Qt's and Fieldbook's translators for `locale` on the running application.
/// Returns the name of the language actually loaded ("zh_CN"), or an empty string for English.
QString installTranslations(const QLocale& locale);

} // namespace Fieldbook
